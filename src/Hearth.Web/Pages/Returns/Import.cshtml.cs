using System.Security.Cryptography;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Xml;
using Hearth.Core.Workforce;
using Hearth.Web.Hosting;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Pages.Returns;

/// <summary>
/// Brings a previous system's CIN census file into the record as history (issue 5). The first post is
/// a dry run that writes nothing and shows what would change; the file is kept server-side under a
/// random token until "Import these children" posts the token back. A file that cannot be read, or
/// that holds something the record cannot, is refused with every problem and its line, and nothing is
/// written.
/// </summary>
[RequirePermission(Permission.ImportReturns)]
[AcceptsLargeUpload]
public sealed class ImportModel(CinCensusImporter importer, CensusUploads uploads, IOptions<CensusOptions> options) : HearthPageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Token { get; set; }

    public long MaxBytes => options.Value.MaxImportBytes;
    public string FileName { get; private set; } = "";
    public CensusImportResult? Result { get; private set; }
    public IReadOnlyList<CensusReadProblem> Warnings { get; private set; } = [];

    public void OnGet()
    {
    }

    /// <summary>The dry run: reads and checks the file, keeps it for the import, writes nothing to the record.</summary>
    public async Task<IActionResult> OnPostCheckAsync()
    {
        var ct = HttpContext.RequestAborted;
        Token = null;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? "Select a census file" : "The selected file is empty");
            return Page();
        }
        if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), $"The selected file must be smaller than {CensusFileSizeText(MaxBytes)}");
            return Page();
        }
        FileName = Path.GetFileName(Upload.FileName);
        await using (var content = Upload.OpenReadStream())
        {
            var saved = await uploads.SaveAsync(content, FileName, User.Id(), ct);
            Token = saved.Token;
        }
        var upload = (await uploads.FindAsync(Token, User.Id(), ct))!;
        var result = await RunAsync(upload, dryRun: true, ct);
        if (result is null || result.Problems.Count > 0)
        {
            uploads.Delete(upload.Token);
            Token = null;
        }
        return Page();
    }

    /// <summary>The import itself, of the file kept at the dry run; the kept file is deleted whatever happens.</summary>
    public async Task<IActionResult> OnPostImportAsync()
    {
        var ct = HttpContext.RequestAborted;
        var upload = await uploads.FindAsync(Token, User.Id(), ct);
        Token = null;
        if (upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "The file checked has expired or was imported already. Upload it again");
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

    /// <summary>Reads the kept file and runs the importer; reading errors and the importer's problems go to the error summary.</summary>
    private async Task<CensusImportResult?> RunAsync(CensusUploads.Upload upload, bool dryRun, CancellationToken ct)
    {
        CensusReadResult read;
        string sha256;
        await using (var file = new FileStream(upload.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous))
        {
            sha256 = Convert.ToHexString(await SHA256.HashDataAsync(file, ct)).ToLowerInvariant();
            file.Position = 0;
            read = CinCensusXmlReader.Read(file, new CensusReadOptions { MaxBytes = MaxBytes });
        }
        Warnings = read.Warnings;
        if (read.Message is null)
        {
            foreach (var error in read.Errors)
            {
                ModelState.AddModelError(nameof(Upload), error.Message);
            }
            return null;
        }
        Result = await importer.ImportAsync(read.Message, upload.FileName, sha256, dryRun, Ctx(), ct);
        foreach (var problem in Result.Problems)
        {
            ModelState.AddModelError(nameof(Upload), problem.Message);
        }
        return Result;
    }

    public static string CensusFileSizeText(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
