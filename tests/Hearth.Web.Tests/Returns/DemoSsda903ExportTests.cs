using Hearth.Core.Data;
using Hearth.Core.Data.Seeding;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Record;
using Hearth.Web.Hosting;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// Issue 6 acceptance: an export of the demo authority has no error-level findings. Every 903 finding is an error (the
/// DfE's 903 rules have no queries), so the demo's return for this collection year and last, each checked as the 903
/// page checks it (with the year before beside it), has no findings at all.
/// </summary>
public sealed class DemoSsda903ExportTests
{
    [Fact]
    public async Task The_demo_authority_exports_this_year_and_last_years_903_with_no_findings()
    {
        var (provider, connectionString) = await TestDatabase.CreateAsync("demo-903");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddHearthRecord(DatabaseChoice.From(configuration, AppContext.BaseDirectory)).BuildServiceProvider();
        await HearthServices.MigrateAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            (await DemoAuthority.SeedIfEmptyAsync(scope.ServiceProvider, 12)).ShouldBeTrue();
        }

        await using var check = services.CreateAsyncScope();
        var checks = check.ServiceProvider.GetRequiredService<Ssda903Checks>();
        var thisYear = CensusYear.Containing(check.ServiceProvider.GetRequiredService<TimeProvider>().TodayInEngland());
        var findings = new List<(CensusYear Year, Ssda903Finding Finding)>();
        foreach (var year in new[] { thisYear, new CensusYear(thisYear.StartYear - 1) })
        {
            var report = await checks.CheckAsync(year);
            report.Children.ShouldBeGreaterThan(0, $"the demo has children in the {year} return");
            findings.AddRange(report.Findings.Select(f => (year, f)));
        }

        findings.ShouldBeEmpty("The demo's 903 has findings:" + Environment.NewLine + string.Join(Environment.NewLine,
            findings.Select(x => $"{x.Year} rule {x.Finding.RuleCode} {x.Finding.Table} row {x.Finding.Row} child {x.Finding.Child} "
                + $"{x.Finding.Field}='{x.Finding.Value}': {x.Finding.Message}")));
    }
}
