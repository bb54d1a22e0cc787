using System.Diagnostics;
using System.Security.Cryptography;
using Hearth.Core.Audit;
using Hearth.Core.Returns;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Xml;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli;

/// <summary>
/// <c>export cin-census</c>, <c>import cin-census</c> and <c>validate cin-census</c>: the return
/// built from the record, history read into it, and another system's file checked with the DfE rules.
/// Progress goes to standard error so standard output stays the findings or the summary.
/// </summary>
public static class CinCensusCommand
{
    public static async Task<int> ExportAsync(IServiceProvider services, Options options)
    {
        var year = Year(options);
        var path = options.Get("--out") ?? throw new CommandException("say where to write the file: --out cin-census.xml");
        var timer = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        Progress($"Building the {year} census from the record");
        var message = await scope.ServiceProvider.GetRequiredService<CinCensusBuilder>().BuildAsync(year, CensusScope.Everyone);
        Progress($"Checking {message.Children.Count:N0} children against the DfE rules");
        var findings = CinCensusValidator.Validate(message, year);
        Progress($"Writing {path}");
        await using (var file = File.Create(path))
        {
            CinCensusXmlWriter.Write(message, year, file);
        }
        await WriteFindingsAsync(options.Get("--findings"), findings);
        Console.WriteLine($"Wrote the {year} CIN census to {path}: {message.Children.Count:N0} children, "
            + $"{message.Children.Sum(c => c.CinDetails.Count):N0} episodes, in {timer.Elapsed.TotalSeconds:0.0} s.");
        Summarise(findings);
        return 0;
    }

    public static async Task<int> ValidateAsync(Options options, string path)
    {
        var year = Year(options);
        var timer = Stopwatch.StartNew();
        var message = Read(path);
        Progress($"Checking {message.Children.Count:N0} children against the DfE rules as a {year} return");
        var findings = CinCensusValidator.Validate(message, year);
        await WriteFindingsAsync(options.Get("--findings") ?? "-", findings);
        Console.Error.WriteLine($"Checked {path} in {timer.Elapsed.TotalSeconds:0.0} s.");
        Summarise(findings, Console.Error);
        return 0;
    }

    public static async Task<int> ImportAsync(IServiceProvider services, Options options, string path)
    {
        var dryRun = options.Get("--dry-run") is not null;
        var message = Read(path);
        string sha256;
        await using (var hashed = File.OpenRead(path))
        {
            sha256 = Convert.ToHexString(await SHA256.HashDataAsync(hashed)).ToLowerInvariant();
        }
        await using var scope = services.CreateAsyncScope();
        Progress($"{(dryRun ? "Checking" : "Importing")} {message.Children.Count:N0} children from {path}");
        var result = await scope.ServiceProvider.GetRequiredService<CinCensusImporter>().ImportAsync(
            message, Path.GetFileName(path), sha256, dryRun, ProcessContext.System($"hearth import cin-census {Path.GetFileName(path)}"));
        if (result.Problems.Count > 0)
        {
            foreach (var problem in result.Problems)
            {
                await Console.Error.WriteLineAsync(problem.Message);
            }
            throw new CommandException($"nothing was imported: {result.Problems.Count} thing(s) in the file cannot be held (listed above).");
        }
        foreach (var note in result.Notes)
        {
            Console.WriteLine($"Note, line {note.Line}: {note.Message}");
        }
        var created = result.Children.Count(c => c.IsNewPerson);
        Console.WriteLine($"{(dryRun ? "Dry run, nothing written. Would import" : "Imported")} {result.Children.Count:N0} children "
            + $"({created:N0} new, {result.Children.Count - created:N0} matched to people already held): "
            + $"{result.Children.Sum(c => c.Episodes):N0} episodes ({result.Children.Sum(c => c.EpisodesAlreadyHeld):N0} already held and left as they are), "
            + $"{result.Children.Sum(c => c.Assessments):N0} assessments, {result.Children.Sum(c => c.Section47s):N0} section 47 enquiries, "
            + $"{result.Children.Sum(c => c.ChildProtectionPlans):N0} child protection plans.");
        return 0;
    }

    private static CensusYear Year(Options options)
    {
        var text = options.Get("--year") ?? throw new CommandException("say which collection year: --year 2025-26");
        return CensusYear.TryParse(text, out var year)
            ? year
            : throw new CommandException($"--year must be a collection year like 2025-26, not '{text}'.");
    }

    private static CensusMessage Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CommandException($"there is no file '{path}'.");
        }
        Progress($"Reading {path}");
        using var stream = File.OpenRead(path);
        var result = CinCensusXmlReader.Read(stream);
        foreach (var warning in result.Warnings)
        {
            Console.Error.WriteLine($"Warning: {warning.Message}");
        }
        if (result.Message is null)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }
            throw new CommandException($"'{path}' cannot be read ({result.Errors.Count} problem(s) listed above); nothing was done.");
        }
        return result.Message;
    }

    private static async Task WriteFindingsAsync(string? path, IReadOnlyList<CensusFinding> findings)
    {
        if (path is not null)
        {
            await FindingsOutput.WriteAsync(path, writer => FindingsTsv.Write(writer, findings));
        }
    }

    private static void Summarise(IReadOnlyList<CensusFinding> findings, TextWriter? to = null)
    {
        var errors = findings.Count(f => !f.IsQuery);
        (to ?? Console.Out).WriteLine($"DfE rules: {errors:N0} error(s), {findings.Count - errors:N0} query(ies).");
    }

    private static void Progress(string text) => Console.Error.WriteLine($"  {text}...");
}
