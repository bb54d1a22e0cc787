using System.IO.Compression;
using System.Security.Cryptography;
using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Core.Workforce;
using Hearth.Web.Hosting;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Pages.Returns;

/// <summary>
/// Brings a previous system's SSDA903 return into the record as history (issue 6), as the CIN census import does:
/// the CSV files (several chosen at once, or one zip of them) and the year they are for are checked first, in a
/// dry run that writes nothing and shows, child by child, what would change; the files are kept server-side under
/// a random token until "Import these children" posts the token back. Files that cannot be read, or that hold
/// something the record cannot, are refused with every problem, its file and its row, and nothing is written.
/// </summary>
[RequirePermission(Permission.ImportReturns)]
[AcceptsLargeUpload]
public sealed class Ssda903ImportModel(Ssda903Importer importer, Ssda903Uploads uploads, IOptions<CensusOptions> options, TimeProvider clock)
    : HearthPageModel
{
    /// <summary>The most files one upload (or zip) may hold: the return has twelve tables.</summary>
    public const int MaxFiles = 20;

    [BindProperty] public List<IFormFile> Uploads { get; set; } = [];
    [BindProperty] public string? Token { get; set; }
    [BindProperty] public string? Year { get; set; }

    public long MaxBytes => options.Value.MaxImportBytes;
    public string FileName { get; private set; } = "";
    public CensusYear Chosen { get; private set; }
    public IReadOnlyList<CensusYear> Years { get; private set; } = [];
    public Ssda903ImportResult? Result { get; private set; }
    public IReadOnlyList<Ssda903ReadProblem> Warnings { get; private set; } = [];

    public void OnGet()
    {
        OfferYears();
    }

    /// <summary>The dry run: reads and checks the files, keeps them for the import, writes nothing to the record.</summary>
    public async Task<IActionResult> OnPostCheckAsync()
    {
        var ct = HttpContext.RequestAborted;
        Token = null;
        var yearOk = ChooseYear();
        var files = Uploads.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (files.Count == 0)
        {
            ModelState.AddModelError(nameof(Uploads), "Select the SSDA903 CSV files, or one zip file of them");
        }
        else if (files.Any(f => f.Length == 0))
        {
            ModelState.AddModelError(nameof(Uploads), $"The selected file '{Path.GetFileName(files.First(f => f.Length == 0).FileName)}' is empty");
        }
        else if (files.Sum(f => f.Length) > MaxBytes)
        {
            ModelState.AddModelError(nameof(Uploads), $"The selected files must be smaller than {ImportModel.CensusFileSizeText(MaxBytes)} in total");
        }
        else if (files.Count > MaxFiles)
        {
            ModelState.AddModelError(nameof(Uploads), $"Select at most {MaxFiles} files: the SSDA903 has one CSV file for each of its tables");
        }
        else if (files.FirstOrDefault(f => !IsCsv(f.FileName) && !IsZip(f.FileName) && !Ssda903Files.IsXml(f.FileName)) is { } other)
        {
            ModelState.AddModelError(nameof(Uploads), $"The file '{Path.GetFileName(other.FileName)}' must be a CSV file, a zip file of CSV files, or one XML file");
        }
        else if (files.Any(f => Ssda903Files.IsXml(f.FileName)) && files.Count > 1)
        {
            // The DfE takes the return as one XML file or as the CSV files, never a mixture.
            ModelState.AddModelError(nameof(Uploads), "Select either one XML file or the CSV files, not both");
        }
        else if (files.Any(f => IsZip(f.FileName)) && files.Count > 1)
        {
            ModelState.AddModelError(nameof(Uploads), "Select either the CSV files or one zip file of them, not both");
        }
        if (!ModelState.IsValid || !yearOk)
        {
            return Page();
        }

        FileName = files.Count == 1 ? Path.GetFileName(files[0].FileName) : SourceName(files.Select(f => Path.GetFileName(f.FileName)));
        CensusUploads.Upload saved;
        if (files.Count == 1 && IsZip(files[0].FileName))
        {
            await using var content = files[0].OpenReadStream();
            saved = await uploads.SaveAsync(content, FileName, User.Id(), ct);
        }
        else
        {
            // Several CSV files are kept as one zip, so the import reads exactly what the dry run read.
            await using var zipped = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
                FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create, leaveOpen: true))
            {
                for (var i = 0; i < files.Count; i++)
                {
                    // The entry is named for the file as uploaded, without any folder; never used as a path on the server.
                    await using var entry = await zip.CreateEntry(EntryName(files, i), CompressionLevel.Fastest).OpenAsync(ct);
                    await using var content = files[i].OpenReadStream();
                    await content.CopyToAsync(entry, ct);
                }
            }
            zipped.Position = 0;
            saved = await uploads.SaveAsync(zipped, FileName, User.Id(), ct);
        }
        Token = saved.Token;
        var result = await RunAsync(saved, dryRun: true, ct);
        if (result is null || result.Problems.Count > 0)
        {
            uploads.Delete(saved.Token);
            Token = null;
        }
        return Page();
    }

    /// <summary>The import itself, of the files kept at the dry run; the kept files are deleted whatever happens.</summary>
    public async Task<IActionResult> OnPostImportAsync()
    {
        var ct = HttpContext.RequestAborted;
        var upload = await uploads.FindAsync(Token, User.Id(), ct);
        Token = null;
        if (!ChooseYear())
        {
            if (upload is not null)
            {
                uploads.Delete(upload.Token);
            }
            return Page();
        }
        if (upload is null)
        {
            ModelState.AddModelError(nameof(Uploads), "The files checked have expired or were imported already. Upload them again");
            return Page();
        }
        FileName = upload.FileName;
        try
        {
            await RunAsync(upload, dryRun: false, ct);
        }
        finally
        {
            uploads.Delete(upload.Token);
        }
        return Page();
    }

    /// <summary>Reads the kept zip and runs the importer; reading errors and the importer's problems go to the error summary.</summary>
    private async Task<Ssda903ImportResult?> RunAsync(CensusUploads.Upload upload, bool dryRun, CancellationToken ct)
    {
        var files = await UnzipAsync(upload, ct);
        if (files is null)
        {
            return null;
        }
        var read = Ssda903Files.Read([.. files.Select(f => (f.Name, (Stream)new MemoryStream(f.Bytes, writable: false)))]);
        Warnings = read.Warnings;
        if (read.Return is null)
        {
            foreach (var error in read.Errors)
            {
                ModelState.AddModelError(nameof(Uploads), error.Message);
            }
            return null;
        }
        Result = await importer.ImportAsync(read.Return, Chosen, upload.FileName, Sha256(files), dryRun, Ctx(), ct: ct);
        foreach (var problem in Result.Problems)
        {
            ModelState.AddModelError(nameof(Uploads), Describe(problem));
        }
        return Result;
    }

    /// <summary>
    /// The CSV files in the kept zip, in name order, each read no further than the largest file the reader takes and
    /// all together no further than the largest upload: a zip that unpacks to far more than it holds is refused,
    /// not unpacked. Null (with the error) when the zip cannot be read or holds anything but CSV files.
    /// </summary>
    private async Task<List<(string Name, byte[] Bytes)>?> UnzipAsync(CensusUploads.Upload upload, CancellationToken ct)
    {
        var perFile = Ssda903ReadOptions.Default.MaxBytes;
        var files = new List<(string Name, byte[] Bytes)>();
        try
        {
            await using var stream = new FileStream(upload.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count == 0)
            {
                ModelState.AddModelError(nameof(Uploads), $"The zip file '{upload.FileName}' holds no files. Put the SSDA903 CSV files in it");
                return null;
            }
            if (entries.Count > MaxFiles)
            {
                ModelState.AddModelError(nameof(Uploads), $"The zip file '{upload.FileName}' holds {entries.Count} files. The SSDA903 has one CSV file for each of its tables");
                return null;
            }
            long total = 0;
            foreach (var entry in entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(entry.FullName);
                if (!IsCsv(name) && !Ssda903Files.IsXml(name))
                {
                    ModelState.AddModelError(nameof(Uploads), $"The zip file '{upload.FileName}' holds '{name}', which is not a CSV file. Put only the SSDA903 CSV files in it");
                    return null;
                }
                await using var content = await entry.OpenAsync(ct);
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(chunk, ct)) > 0)
                {
                    total += read;
                    if (buffer.Length + read > perFile || total > MaxBytes)
                    {
                        ModelState.AddModelError(nameof(Uploads), buffer.Length + read > perFile
                            ? $"The file '{name}' is larger than {ImportModel.CensusFileSizeText(perFile)}, the largest SSDA903 file Hearth reads. Check it is the right file"
                            : $"The files in '{upload.FileName}' come to more than {ImportModel.CensusFileSizeText(MaxBytes)} when unzipped");
                        return null;
                    }
                    buffer.Write(chunk, 0, read);
                }
                files.Add((name, buffer.ToArray()));
            }
        }
        catch (InvalidDataException)
        {
            ModelState.AddModelError(nameof(Uploads), $"The file '{upload.FileName}' is not a zip file Hearth can open. Upload the CSV files themselves, or zip them again");
            return null;
        }
        return files;
    }

    /// <summary>SHA-256 over the files' bytes in name order, as <c>hearth import ssda903</c> hashes a folder.</summary>
    private static string Sha256(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (_, bytes) in files)
        {
            hash.AppendData(bytes);
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    public static string Describe(Ssda903ImportProblem problem) =>
        $"{problem.Table} row {problem.Row}{(string.IsNullOrEmpty(problem.Child) ? "" : $" (child {problem.Child})")}: {problem.Message}";

    private void OfferYears()
    {
        var current = CensusYear.Containing(clock.TodayInEngland());
        Years = [.. Enumerable.Range(0, CinCensusModel.YearsOffered).Select(i => new CensusYear(current.StartYear - i))];
        // History comes in for a year already closed: the previous year is the usual one.
        Chosen = Years[1];
    }

    private bool ChooseYear()
    {
        OfferYears();
        if (CensusYear.TryParse(Year, out var asked) && Years.Contains(asked))
        {
            Chosen = asked;
            return true;
        }
        ModelState.AddModelError(nameof(Year), "Select the collection year the files are for");
        return false;
    }

    private static bool IsCsv(string fileName) => Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsZip(string fileName) => Path.GetExtension(fileName).Equals(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>The name a file goes into the kept zip under: its own name, unless another file of the upload has it.</summary>
    private static string EntryName(List<IFormFile> files, int index)
    {
        var name = Path.GetFileName(files[index].FileName);
        return files.Take(index).Any(f => Path.GetFileName(f.FileName) == name) ? $"{index}-{name}" : name;
    }

    private static string SourceName(IEnumerable<string> names)
    {
        var joined = string.Join(", ", names.Order(StringComparer.Ordinal));
        return joined.Length <= 200 ? joined : $"{names.Count()} CSV files";
    }
}
