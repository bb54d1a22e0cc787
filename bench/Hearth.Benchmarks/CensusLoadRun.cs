using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Hearth.Core.Assessment;
using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.Data;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Xml;
using Hearth.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hearth.Benchmarks;

/// <summary>
/// Issue 5's benchmark: the CIN census for a county year of 30,000 children, generated from the
/// record and validated (target under 10 s and under 1 GB), and a 30,000-child file validated alone.
/// </summary>
/// <remarks>
/// <c>census</c> loads the synthetic cohort (<see cref="CensusCohort"/>) through the census import
/// if the database does not hold it yet, then measures each step in a fresh process of this program
/// (<c>census-export</c>, <c>census-validate</c>), so the peak working set each reports
/// (Process.PeakWorkingSet64, VmHWM on Linux) is that step's alone, start-up and all.
/// </remarks>
public static class CensusLoadRun
{
    private static ServiceProvider Services(string[] databaseArgs, out DatabaseChoice database, bool logSql = false) =>
        LoadRunSteps.Services(databaseArgs, out database, logSql, new() { [$"{CensusOptions.Section}:Lea"] = CensusCohort.LaCode.ToString(CultureInfo.InvariantCulture) });

    /// <summary>./hearth bench census --sqlite FILE | --postgres "CS" [--children 30000] [--seed 42] [--runs 3] [--out FILE]; --runs 0 only loads.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (options, databaseArgs) = LoadRunSteps.Split(args, "--children", "--seed", "--runs", "--out");
        var children = LoadRunSteps.Int(options, "--children", 30_000);
        var seed = LoadRunSteps.Int(options, "--seed", 42);
        var runs = LoadRunSteps.Int(options, "--runs", 3);
        var output = options.GetValueOrDefault("--out") ?? Path.Combine(Path.GetTempPath(), $"hearth-bench-census-{Environment.ProcessId}.xml");

        await using (var services = Services(databaseArgs, out var database))
        {
            await HearthServices.MigrateAsync(services);
            await LoadAsync(services, children, seed);
            Console.WriteLine($"CIN census benchmark: {database.Provider}, {Environment.ProcessorCount} cores");
            await DescribeAsync(services);
        }
        if (runs == 0)
        {
            return 0;
        }

        var exports = new List<Dictionary<string, string>>();
        for (var run = 1; run <= runs; run++)
        {
            exports.Add(await LoadRunSteps.Child(["census-export", .. databaseArgs, "--out", output], $"generate and validate, run {run}"));
        }
        var validations = new List<Dictionary<string, string>>();
        for (var run = 1; run <= runs; run++)
        {
            validations.Add(await LoadRunSteps.Child(["census-validate", output], $"validation alone, run {run}"));
        }
        Console.WriteLine($"  file: {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:0.0} MB)");
        Console.WriteLine("  median of " + runs + ":");
        LoadRunSteps.Summarise("generate and validate", exports, ["startup", "build", "validate", "write", "total", "process", "cpu", "peak_mb"]);
        LoadRunSteps.Summarise("validation alone", validations, ["read", "validate", "total", "process", "cpu", "peak_mb"]);
        return 0;
    }

    /// <summary>
    /// One fresh process: the census built from the record, validated and written, as
    /// <c>hearth export cin-census</c> does. Prints the timings and the peak working set.
    /// </summary>
    public static async Task<int> ExportAsync(string[] args)
    {
        var sql = args.Contains("--sql");
        var (options, databaseArgs) = LoadRunSteps.Split([.. args.Where(a => a != "--sql")], "--out");
        var path = options.GetValueOrDefault("--out") ?? throw new ArgumentException("census-export needs --out FILE");
        await using var services = Services(databaseArgs, out _, sql);
        var year = CensusCohort.Year;

        var total = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        // What any first use of the record in a fresh process pays (the app pays it once at start):
        // EF Core building its model of the record, and the first connection. Timed apart so the
        // build time is the census's own; the total includes it.
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        _ = db.Model;
        await db.Database.CanConnectAsync();
        var startup = total.Elapsed;
        var message = await scope.ServiceProvider.GetRequiredService<CinCensusBuilder>().BuildAsync(year, CensusScope.Everyone);
        var build = total.Elapsed - startup;
        var findings = CinCensusValidator.Validate(message, year);
        var validate = total.Elapsed - startup - build;
        await using (var file = File.Create(path))
        {
            CinCensusXmlWriter.Write(message, year, file);
        }
        var write = total.Elapsed - startup - build - validate;
        total.Stop();

        var errors = findings.Count(f => !f.IsQuery);
        LoadRunSteps.Report(new()
        {
            ["children"] = message.Children.Count.ToString(CultureInfo.InvariantCulture),
            ["episodes"] = message.Children.Sum(c => c.CinDetails.Count).ToString(CultureInfo.InvariantCulture),
            ["errors"] = errors.ToString(CultureInfo.InvariantCulture),
            ["queries"] = (findings.Count - errors).ToString(CultureInfo.InvariantCulture),
            ["rules"] = LoadRunSteps.Rules(findings.Select(f => f.RuleCode)),
            ["startup"] = LoadRunSteps.Seconds(startup),
            ["build"] = LoadRunSteps.Seconds(build),
            ["validate"] = LoadRunSteps.Seconds(validate),
            ["write"] = LoadRunSteps.Seconds(write),
            ["total"] = LoadRunSteps.Seconds(total.Elapsed),
        });
        return 0;
    }

    /// <summary>One fresh process: a census file read and validated, as <c>hearth validate cin-census</c> does (no database).</summary>
    public static Task<int> ValidateAsync(string[] args)
    {
        var byRule = args.Contains("--by-rule");
        args = [.. args.Where(a => a != "--by-rule")];
        var path = args.Length == 1 ? args[0] : throw new ArgumentException("census-validate needs the file: census-validate FILE [--by-rule]");
        var total = Stopwatch.StartNew();
        CensusReadResult read;
        using (var stream = File.OpenRead(path))
        {
            read = CinCensusXmlReader.Read(stream);
        }
        var message = read.Message ?? throw new InvalidOperationException($"{path} could not be read: {read.Errors.FirstOrDefault()?.Message}");
        var readTime = total.Elapsed;
        var year = CensusYear.EndingOn(message.Header.ReferenceDate ?? CensusCohort.Year.End);
        var findings = CinCensusValidator.Validate(message, year);
        var validate = total.Elapsed - readTime;
        total.Stop();
        if (byRule)
        {
            TimeEachRule(message, year);
        }

        var errors = findings.Count(f => !f.IsQuery);
        LoadRunSteps.Report(new()
        {
            ["children"] = message.Children.Count.ToString(CultureInfo.InvariantCulture),
            ["episodes"] = message.Children.Sum(c => c.CinDetails.Count).ToString(CultureInfo.InvariantCulture),
            ["errors"] = errors.ToString(CultureInfo.InvariantCulture),
            ["queries"] = (findings.Count - errors).ToString(CultureInfo.InvariantCulture),
            ["rules"] = LoadRunSteps.Rules(findings.Select(f => f.RuleCode)),
            ["read"] = LoadRunSteps.Seconds(readTime),
            ["validate"] = LoadRunSteps.Seconds(validate),
            ["total"] = LoadRunSteps.Seconds(total.Elapsed),
        });
        return Task.FromResult(0);
    }

    /// <summary>--by-rule: each rule run alone over the message (after the timed run, so warm), slowest first, on standard error.</summary>
    private static void TimeEachRule(CensusMessage message, CensusYear year)
    {
        var context = new CensusContext(message, year);
        var times = new List<(string Code, double Ms, int Findings)>();
        foreach (var rule in CinCensusValidator.Rules)
        {
            var timer = Stopwatch.StartNew();
            var count = rule.Check(context).Count();
            times.Add((rule.Code, timer.Elapsed.TotalMilliseconds, count));
        }
        foreach (var (code, ms, count) in times.OrderByDescending(t => t.Ms).Take(25))
        {
            Console.Error.WriteLine($"  {code,-6} {ms,8:0.0} ms  {count,6} findings");
        }
        Console.Error.WriteLine($"  all {times.Count} rules: {times.Sum(t => t.Ms):0} ms");
    }

    /// <summary>The cohort, imported 1,000 children a file through the census import, each batch in its own unit of work.</summary>
    private static async Task LoadAsync(ServiceProvider services, int children, int seed)
    {
        const int batchSize = 1000;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var held = await db.People.CountAsync(p => p.Reference.StartsWith(CensusCohort.ReferencePrefix));
            if (held >= children)
            {
                Console.WriteLine($"  the database holds the bench cohort ({held:N0} children); not loading");
                return;
            }
            Console.WriteLine($"  loading the bench cohort: {children:N0} children, seed {seed} ({held:N0} held already)");
        }

        var cohort = new CensusCohort(seed);
        var timer = Stopwatch.StartNew();
        for (var from = 0; from < children; from += batchSize)
        {
            var count = Math.Min(batchSize, children - from);
            // Every batch is generated, loaded or not, so the random sequence (and so the cohort) is the same.
            var message = cohort.Batch(from, count);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var last = CensusCohort.Reference(from + count - 1);
            if (await db.People.AnyAsync(p => p.Reference == last))
            {
                continue;
            }
            var result = await scope.ServiceProvider.GetRequiredService<CinCensusImporter>().ImportAsync(message,
                $"bench-cohort-{from / batchSize + 1:000}.xml", "0", dryRun: false, ProcessContext.System("CIN census benchmark cohort"));
            if (result.Problems.Count > 0)
            {
                throw new InvalidOperationException($"the cohort batch from {from} was refused: {result.Problems[0].Message}");
            }
            Console.Write($"\r  {from + count:N0} of {children:N0} children imported ({timer.Elapsed.TotalSeconds:0} s)   ");
        }
        Console.WriteLine();
    }

    private static async Task DescribeAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        Console.WriteLine($"  record: {await db.People.CountAsync():N0} people, {await db.CinEpisodes.CountAsync():N0} CIN episodes, "
            + $"{await db.Set<ChildAndFamilyAssessment>().CountAsync():N0} assessments, {await db.Set<ChildInNeedPlan>().CountAsync():N0} CIN plans, "
            + $"{await db.Set<Section47Enquiry>().CountAsync():N0} section 47 enquiries, {await db.Set<InitialChildProtectionConference>().CountAsync():N0} initial conferences, "
            + $"{await db.Set<ChildProtectionPlan>().CountAsync():N0} child protection plans, {await db.Set<ReviewChildProtectionConference>().CountAsync():N0} reviews");
    }
}
