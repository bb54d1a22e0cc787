using System.Diagnostics;
using System.Security.Cryptography;
using Hearth.Core.Audit;
using Hearth.Core.Returns;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Core.Returns.Ssda903.ReferenceData;
using Hearth.Core.Returns.Ssda903.Xml;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli;

/// <summary>
/// The SSDA903 (issue 6) from the command line, mirroring <see cref="CinCensusCommand"/>:
/// <c>export ssda903 --year 2026-27 --out DIR [--findings FILE.tsv]</c> builds the year from the record, checks it
/// (with last year's built from the record too, for the rules that compare the two) and writes the DfE's CSV tables and the same return as one XML file;
/// <c>import ssda903 DIR|FILE.xml --year 2025-26 [--dry-run]</c> brings another system's CSVs (or its one XML
/// file) in as history;
/// <c>validate ssda903 DIR --year 2026-27 [--previous DIR] [--findings FILE.tsv]</c> runs the DfE rules on any
/// supplier's CSVs without a database. Progress goes to standard error so standard output stays the findings or
/// the summary.
/// </summary>
public static class Ssda903Command
{
    public static async Task<int> ExportAsync(IServiceProvider services, Options options)
    {
        var year = Year(options, "2026-27");
        var directory = options.Get("--out") ?? throw new CommandException("say which folder to write the CSV tables to: --out ssda903-2026-27");
        var timer = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        Progress($"Building the {year} SSDA903 and the {new CensusYear(year.StartYear - 1)} one before it from the record");
        var report = await scope.ServiceProvider.GetRequiredService<Ssda903Checks>().CheckAsync(year);
        Progress($"Writing the CSV tables to {directory}");
        var written = Ssda903CsvWriter.Write(report.Return, directory, year);
        // The DfE accepts the return as XML as well as CSV; both are written so the authority can send either.
        var xmlPath = Path.Combine(directory, $"ssda903-{year}.xml");
        Ssda903XmlWriter.Write(report.Return, xmlPath);
        if (options.Get("--findings") is { } findings)
        {
            await FindingsOutput.WriteAsync(findings, writer => FindingsTsv.Write(writer, report.Findings));
        }
        Console.WriteLine($"Wrote the {year} SSDA903 to {directory} in {timer.Elapsed.TotalSeconds:0.0} s: {written.Count} CSV tables and {Path.GetFileName(xmlPath)}.");
        foreach (var table in Ssda903Columns.For(year.StartYear))
        {
            Console.WriteLine($"  {table.FileName,-24} {table.RowsOf(report.Return).Count,8:N0} row(s)");
        }
        Summarise(report.Findings);
        return 0;
    }

    public static async Task<int> ImportAsync(IServiceProvider services, Options options, string directory)
    {
        var year = Year(options, "2025-26");
        var dryRun = options.Get("--dry-run") is not null;
        var file = Read(directory);
        var sha256 = await Sha256Async(directory);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        await using var scope = services.CreateAsyncScope();
        Progress($"{(dryRun ? "Checking" : "Importing")} {file.Header.Count:N0} children and {file.Episodes.Count:N0} episodes from {directory} as the {year} return");
        var progress = new Progress<int>(done =>
        {
            if (done > 0 && done % 500 == 0)
            {
                Progress($"{done:N0} children");
            }
        });
        var result = await scope.ServiceProvider.GetRequiredService<Ssda903Importer>().ImportAsync(
            file, year, name, sha256, dryRun, ProcessContext.System($"hearth import ssda903 {name}"), progress);
        if (result.Problems.Count > 0)
        {
            foreach (var problem in result.Problems)
            {
                await Console.Error.WriteLineAsync(Describe(problem));
            }
            throw new CommandException($"nothing was imported: {result.Problems.Count} thing(s) in the files cannot be held (listed above).");
        }
        foreach (var note in result.Notes)
        {
            Console.WriteLine($"Note, {Describe(note)}");
        }
        foreach (var child in result.Children)
        {
            var who = child.Created ? (dryRun ? "new person would be recorded" : "new person") : "matched to a person already held";
            Console.WriteLine($"{child.ChildId}: {who}; {(child.Changes.Count == 0 ? "nothing to change" : string.Join("; ", child.Changes))}");
        }
        var created = result.Children.Count(c => c.Created);
        Console.WriteLine($"{(dryRun ? "Dry run, nothing written. Would import" : "Imported")} {result.Children.Count:N0} children "
            + $"({created:N0} new, {result.Children.Count - created:N0} matched to people already held) from {name} as the {year} return.");
        return 0;
    }

    public static async Task<int> ValidateAsync(Options options, string directory, Ssda903ReferenceData referenceData)
    {
        var year = Year(options, "2026-27");
        var timer = Stopwatch.StartNew();
        var current = Read(directory);
        var previous = options.Get("--previous") is { } last ? Read(last) : null;
        var findings = Ssda903Validator.Validate(referenceData.Context(current, year, previous));
        await FindingsOutput.WriteAsync(options.Get("--findings") ?? "-", writer => FindingsTsv.Write(writer, findings));
        await Console.Error.WriteLineAsync($"Checked {current.Header.Count:N0} children and {current.Episodes.Count:N0} episodes against "
            + $"{Ssda903Validator.Rules.Count} DfE rules in {timer.Elapsed.TotalSeconds:0.0} s: {findings.Count:N0} finding(s).");
        return 0;
    }

    /// <summary>
    /// SHA-256 over the bytes of the folder's CSV files in name order (the order <see cref="Ssda903CsvReader.ReadDirectory"/>
    /// reads them), or of the one XML file, so the import's events name exactly the files read; the web import hashes
    /// an upload the same way.
    /// </summary>
    public static async Task<string> Sha256Async(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        IEnumerable<string> paths = File.Exists(directory) ? [directory] : Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            await using var file = File.OpenRead(path);
            int read;
            while ((read = await file.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    private static string Describe(Ssda903ImportProblem problem) =>
        $"{problem.Table} row {problem.Row}{(string.IsNullOrEmpty(problem.Child) ? "" : $" (child {problem.Child})")}: {problem.Message}";

    private static CensusYear Year(Options options, string example)
    {
        var text = options.Get("--year") ?? throw new CommandException($"say which collection year: --year {example}");
        return CensusYear.TryParse(text, out var year)
            ? year
            : throw new CommandException($"--year must be a collection year like {example}, not '{text}'.");
    }

    private static void Summarise(IReadOnlyList<Ssda903Finding> findings)
    {
        Console.WriteLine($"DfE rules: {findings.Count:N0} error(s).");
        foreach (var rule in findings.GroupBy(f => f.RuleCode, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {rule.Key,-10} {rule.Count(),6:N0}  {rule.First().Message}");
        }
    }

    private static void Progress(string text) => Console.Error.WriteLine($"  {text}...");

    /// <summary>The return in <paramref name="directory"/>: a folder of the CSV tables, or one XML file.</summary>
    private static Ssda903Return Read(string directory)
    {
        Ssda903ReadResult result;
        if (File.Exists(directory) && Ssda903Files.IsXml(directory))
        {
            using var content = File.OpenRead(directory);
            result = Ssda903Files.Read([(Path.GetFileName(directory), content)]);
        }
        else if (Directory.Exists(directory))
        {
            result = Ssda903CsvReader.ReadDirectory(directory);
        }
        else
        {
            throw new CommandException($"there is no folder or XML file '{directory}'.");
        }
        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine($"Warning: {warning.FileName} row {warning.Row}: {warning.Message}");
        }
        if (result.Return is null)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine($"{error.FileName} row {error.Row}: {error.Message}");
            }
            throw new CommandException($"the files in '{directory}' cannot be read ({result.Errors.Count} problem(s) listed above); nothing was done.");
        }
        return result.Return;
    }
}
