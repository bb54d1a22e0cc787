using System.Diagnostics;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Hearth.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Benchmarks;

/// <summary>
/// A load run of person search against a seeded database (./hearth seed --scale county --people N):
/// for a sample of real records it searches the way staff do (a misspelt name, a name with a date of
/// birth, an NHS number, one family name), one fresh unit of work per search as a request has, and
/// reports p50/p95/p99 per kind and whether the wanted person was found.
/// </summary>
public static class PersonSearchLoadRun
{
    private sealed record Sample(Guid Id, string Given, string Family, DateOnly? Dob, string? Nhs);

    public static async Task<int> RunAsync(string[] args)
    {
        var queries = 1000;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--queries" && i + 1 < args.Length)
            {
                queries = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                rest.Add(args[i]);
            }
        }
        var configuration = new ConfigurationBuilder().AddCommandLine(DatabaseChoice.TranslateArguments([.. rest])).AddEnvironmentVariables().Build();
        var database = DatabaseChoice.From(configuration, AppContext.BaseDirectory);
        var services = new ServiceCollection().AddLogging().AddHearthRecord(database).BuildServiceProvider();

        var samples = await SampleAsync(services, queries);
        var total = await Count(services);
        Console.WriteLine($"Person search load run: {database.Provider}, {total:N0} people, {samples.Count} sampled records, {Environment.ProcessorCount} cores");
        var kinds = new (string Name, Func<Sample, string?> Query)[]
        {
            ("misspelt full name (fuzzy)", s => $"{Transpose(s.Given)} {s.Family}"),
            ("name and date of birth", s => s.Dob is { } d ? $"{s.Given} {s.Family} {d:dd/MM/yyyy}" : null),
            ("NHS number", s => s.Nhs),
            ("family name only", s => s.Family),
        };
        // Warm up: JIT, connection pool, query plans and the database's page cache.
        foreach (var sample in samples.Take(50))
        {
            await TimeAsync(services, kinds[0].Query(sample)!);
        }
        foreach (var (name, query) in kinds)
        {
            var times = new List<double>();
            var found = 0;
            var asked = 0;
            foreach (var sample in samples)
            {
                var text = query(sample);
                if (text is null)
                {
                    continue;
                }
                var (elapsed, results) = await TimeAsync(services, text);
                times.Add(elapsed);
                asked++;
                found += results.Any(r => r.Id == sample.Id) ? 1 : 0;
            }
            times.Sort();
            Console.WriteLine($"  {name,-28} n={asked,5}  p50 {Percentiles.Of(times, 50),6:0.0} ms  p95 {Percentiles.Of(times, 95),6:0.0} ms  p99 {Percentiles.Of(times, 99),6:0.0} ms  max {times[^1],6:0.0} ms  found the person {100.0 * found / asked:0.0}%");
        }
        return 0;
    }

    private static async Task<(double Ms, IReadOnlyList<PersonSearchResult> Results)> TimeAsync(IServiceProvider services, string text)
    {
        await using var scope = services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<PersonSearch>();
        var stopwatch = Stopwatch.StartNew();
        var results = await search.FindAsync(SearchQuery.Parse(text), ProcessContext.SystemUserId, 25);
        return (stopwatch.Elapsed.TotalMilliseconds, results);
    }

    private static async Task<int> Count(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HearthDbContext>().People.CountAsync();
    }

    /// <summary>A reproducible spread of records: every k-th reference of the bulk seed.</summary>
    private static async Task<List<Sample>> SampleAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        var references = await db.People.Where(p => p.Reference.StartsWith("S")).OrderBy(p => p.Reference).Select(p => p.Reference).ToListAsync();
        var step = Math.Max(1, references.Count / count);
        var chosen = references.Where((_, i) => i % step == 0).Take(count).ToList();
        var samples = new List<Sample>();
        foreach (var chunk in chosen.Chunk(500))
        {
            samples.AddRange(await db.People.Where(p => chunk.Contains(p.Reference))
                .Select(p => new Sample(p.Id,
                    p.Names.Where(n => n.Kind == NameKind.Legal).Select(n => n.GivenNames).First(),
                    p.Names.Where(n => n.Kind == NameKind.Legal).Select(n => n.FamilyName).First(),
                    p.DateOfBirth, p.NhsNumber))
                .ToListAsync());
        }
        return samples;
    }

    /// <summary>The commonest typing slip: two neighbouring letters swapped ("Jonh" for "John").</summary>
    private static string Transpose(string word) =>
        word.Length < 4 ? word : string.Concat(word[..1], word[2].ToString(), word[1].ToString(), word[3..]);
}
