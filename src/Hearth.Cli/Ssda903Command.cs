using System.Diagnostics;
using Hearth.Core.Returns;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;

namespace Hearth.Cli;

/// <summary>
/// <c>validate ssda903 DIR --year 2026-27 [--previous DIR] [--findings FILE.tsv]</c>: the DfE 903 rules
/// on a folder of the return's CSVs (any supplier's), with last year's folder for the rules that
/// compare the two. Needs no database. The findings go to standard output as TSV by default.
/// </summary>
public static class Ssda903Command
{
    public static async Task<int> ValidateAsync(Options options, string directory)
    {
        var text = options.Get("--year") ?? throw new CommandException("say which collection year: --year 2026-27");
        if (!CensusYear.TryParse(text, out var year))
        {
            throw new CommandException($"--year must be a collection year like 2026-27, not '{text}'.");
        }
        var timer = Stopwatch.StartNew();
        var current = Read(directory);
        var previous = options.Get("--previous") is { } last ? Read(last) : null;
        var findings = Ssda903Validator.Validate(new Ssda903Context(current, year, previous));
        await FindingsOutput.WriteAsync(options.Get("--findings") ?? "-", writer => FindingsTsv.Write(writer, findings));
        await Console.Error.WriteLineAsync($"Checked {current.Header.Count:N0} children and {current.Episodes.Count:N0} episodes against "
            + $"{Ssda903Validator.Rules.Count} DfE rules in {timer.Elapsed.TotalSeconds:0.0} s: {findings.Count:N0} finding(s).");
        return 0;
    }

    private static Ssda903Return Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new CommandException($"there is no folder '{directory}'.");
        }
        var result = Ssda903CsvReader.ReadDirectory(directory);
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
            throw new CommandException($"the files in '{directory}' cannot be read ({result.Errors.Count} problem(s) listed above); nothing was checked.");
        }
        return result.Return;
    }
}
