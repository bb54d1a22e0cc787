using System.Diagnostics;
using System.Globalization;
using Hearth.Core.Data;
using Hearth.Core.People.Search;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Core.Returns.Ssda903.Xml;
using Hearth.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Benchmarks;

/// <summary>
/// Issue 6's benchmark: the SSDA903 for a county of 1,200 looked-after children and 6,000 care leavers over ten years of
/// history, built from the record (this year's return and last year's, which the 503 family and others compare with),
/// validated and written as CSV, as <c>hearth export ssda903</c> does. Target: under 10 s and under 1 GB.
/// </summary>
/// <remarks>
/// <c>ssda903</c> loads the synthetic county (<see cref="Ssda903Cohort"/>) if the database does not hold it, then runs
/// each measured step in a fresh process (<c>ssda903-export</c>), so its peak working set is that step's alone.
/// </remarks>
public static class Ssda903LoadRun
{
    /// <summary>./hearth bench ssda903 --sqlite FILE | --postgres "CS" [--in-care 1200] [--care-leavers 6000] [--seed 42] [--runs 3]</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var (options, databaseArgs) = LoadRunSteps.Split(args, "--in-care", "--care-leavers", "--seed", "--runs", "--out");
        var inCare = LoadRunSteps.Int(options, "--in-care", 1_200);
        var careLeavers = LoadRunSteps.Int(options, "--care-leavers", 6_000);
        var seed = LoadRunSteps.Int(options, "--seed", 42);
        var runs = LoadRunSteps.Int(options, "--runs", 3);
        var output = options.GetValueOrDefault("--out") ?? Path.Combine(Path.GetTempPath(), $"hearth-bench-903-{Environment.ProcessId}");

        await using (var services = LoadRunSteps.Services(databaseArgs, out var database))
        {
            await HearthServices.MigrateAsync(services);
            await LoadAsync(services, inCare, careLeavers, seed);
            Console.WriteLine($"SSDA903 benchmark: {database.Provider}, {Environment.ProcessorCount} cores");
            await DescribeAsync(services);
        }
        var exports = new List<Dictionary<string, string>>();
        for (var run = 1; run <= runs; run++)
        {
            exports.Add(await LoadRunSteps.Child(["ssda903-export", .. databaseArgs, "--out", output], $"build, validate and write, run {run}"));
        }
        if (runs > 0)
        {
            Console.WriteLine($"  files: {output}");
            Console.WriteLine("  median of " + runs + ":");
            LoadRunSteps.Summarise("build, validate and write", exports, ["startup", "check", "write", "total", "process", "cpu", "peak_mb"]);
        }
        return 0;
    }

    /// <summary>One fresh process: this year's and last year's return built from the record, this year's validated and written.</summary>
    public static async Task<int> ExportAsync(string[] args)
    {
        var (options, databaseArgs) = LoadRunSteps.Split(args, "--out");
        var directory = options.GetValueOrDefault("--out") ?? throw new ArgumentException("ssda903-export needs --out DIR");
        await using var services = LoadRunSteps.Services(databaseArgs, out _);
        var year = Ssda903Cohort.Year;

        var total = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        // The first use of the record in a fresh process (EF Core's model, the first connection), timed apart.
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        _ = db.Model;
        await db.Database.CanConnectAsync();
        var startup = total.Elapsed;
        // What `hearth export ssda903` does: this year's and last year's return built from the record, and this year's
        // checked by every rule (Ssda903Checks), then the CSV tables and the XML form written.
        var report = await scope.ServiceProvider.GetRequiredService<Ssda903Checks>().CheckAsync(year);
        var current = report.Return;
        var findings = report.Findings;
        var check = total.Elapsed - startup;
        Directory.CreateDirectory(directory);
        Ssda903CsvWriter.Write(current, directory, year);
        await using (var xml = File.Create(Path.Combine(directory, $"ssda903-{year}.xml")))
        {
            Ssda903XmlWriter.Write(current, xml);
        }
        var write = total.Elapsed - startup - check;
        total.Stop();

        LoadRunSteps.Report(new()
        {
            ["children"] = current.Header.Count.ToString(CultureInfo.InvariantCulture),
            ["episodes"] = current.Episodes.Count.ToString(CultureInfo.InvariantCulture),
            ["reviews"] = current.Reviews.Count.ToString(CultureInfo.InvariantCulture),
            ["oc2"] = current.Oc2.Count.ToString(CultureInfo.InvariantCulture),
            ["oc3"] = current.Oc3.Count.ToString(CultureInfo.InvariantCulture),
            ["missing"] = current.Missing.Count.ToString(CultureInfo.InvariantCulture),
            ["findings"] = findings.Count.ToString(CultureInfo.InvariantCulture),
            ["rules"] = LoadRunSteps.Rules(findings.Select(f => f.RuleCode)),
            ["startup"] = LoadRunSteps.Seconds(startup),
            ["check"] = LoadRunSteps.Seconds(check),
            ["write"] = LoadRunSteps.Seconds(write),
            ["total"] = LoadRunSteps.Seconds(total.Elapsed),
        });
        return 0;
    }

    /// <summary>The county, 500 children a unit of work; every child is generated, loaded or not, so the county is the same.</summary>
    private static async Task LoadAsync(ServiceProvider services, int inCare, int careLeavers, int seed)
    {
        const int batchSize = 500;
        var children = inCare + careLeavers;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var held = await db.People.CountAsync(p => p.Reference.StartsWith(Ssda903Cohort.ReferencePrefix));
            if (held >= children)
            {
                Console.WriteLine($"  the database holds the bench county ({held:N0} children); not loading");
                return;
            }
            Console.WriteLine($"  loading the bench county: {inCare:N0} in care, {careLeavers:N0} care leavers, seed {seed} ({held:N0} held already)");
        }

        var cohort = new Ssda903Cohort(seed);
        var timer = Stopwatch.StartNew();
        for (var from = 0; from < children; from += batchSize)
        {
            var batch = Enumerable.Range(from, Math.Min(batchSize, children - from)).Select(i => cohort.Child(i, inCare)).ToList();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var last = batch[^1].Person.Reference;
            if (await db.People.AnyAsync(p => p.Reference == last))
            {
                continue;
            }
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var child in batch)
            {
                db.People.Add(child.Person);
                db.PersonSearchKeys.AddRange(PersonSearchKeys.For(child.Person));
                db.CarePeriods.AddRange(child.Periods);
                db.LookedAfterReviews.AddRange(child.Reviews);
                db.LookedAfterVisits.AddRange(child.Visits);
                db.HealthEntries.AddRange(child.Health);
                db.MissingEpisodes.AddRange(child.Missing);
                db.AdoptionDecisions.AddRange(child.Adoption);
                if (child.Profile is { } profile)
                {
                    db.LookedAfterChildProfiles.Add(profile);
                }
                db.CareLeaverContacts.AddRange(child.Contacts);
                db.PathwayPlans.AddRange(child.PathwayPlans);
                db.PersonalAdvisers.AddRange(child.Advisers);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            Console.Write($"\r  {from + batch.Count:N0} of {children:N0} children loaded ({timer.Elapsed.TotalSeconds:0} s)   ");
        }
        Console.WriteLine();
    }

    private static async Task DescribeAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        Console.WriteLine($"  record: {await db.People.CountAsync():N0} people, {await db.CarePeriods.CountAsync():N0} periods of care, "
            + $"{await db.LegalStatuses.CountAsync():N0} legal statuses, {await db.Placements.CountAsync():N0} placements, "
            + $"{await db.LookedAfterReviews.CountAsync():N0} reviews, {await db.LookedAfterVisits.CountAsync():N0} visits, "
            + $"{await db.HealthEntries.CountAsync():N0} health entries, {await db.MissingEpisodes.CountAsync():N0} missing episodes, "
            + $"{await db.CareLeaverContacts.CountAsync():N0} care leaver contacts, {await db.PathwayPlans.CountAsync():N0} pathway plan entries");
    }

}
