using Hearth.Core.Data;
using Hearth.Core.Data.Seeding;
using Hearth.Core.LookedAfter.Figures;
using Hearth.Web.Hosting;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>The demo authority's children in care and care leavers (issue 6), seeded once into a database of their own.</summary>
public sealed class DemoLookedAfterSeedTests
{
    [Fact]
    public async Task The_demo_seed_creates_six_children_in_care_and_three_care_leavers_whose_figures_read_as_planned()
    {
        var (provider, connectionString) = await TestDatabase.CreateAsync("demo-looked-after");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddHearthRecord(DatabaseChoice.From(configuration, AppContext.BaseDirectory))
            .BuildServiceProvider();
        await HearthServices.MigrateAsync(services);
        await using (var scope = services.CreateAsyncScope())
        {
            (await DemoAuthority.SeedIfEmptyAsync(scope.ServiceProvider, 12)).ShouldBeTrue();
        }
        await using (var scope = services.CreateAsyncScope())
        {
            (await DemoAuthority.SeedIfEmptyAsync(scope.ServiceProvider, 12)).ShouldBeFalse("seeding again adds nothing");
        }

        await using var check = services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<HearthDbContext>();
        (await db.CarePeriods.CountAsync(p => p.EndDate == null)).ShouldBe(6);
        (await db.CarePeriods.CountAsync(p => p.EndDate != null)).ShouldBe(3);
        (await db.LegalStatuses.Select(s => s.Code).Distinct().ToListAsync()).ShouldBe(["V2", "C1", "C2", "E1"], ignoreOrder: true);
        (await db.Placements.CountAsync(p => p.ReasonForMove != null)).ShouldBeGreaterThanOrEqualTo(4);
        (await db.AdoptionDecisions.CountAsync()).ShouldBe(1);
        (await db.MissingEpisodes.CountAsync(m => m.InterviewHeldAt != null)).ShouldBe(2);
        (await db.PersonalEducationPlans.AnyAsync()).ShouldBeTrue();
        (await db.PersonalAdvisers.Select(a => a.PersonId).Distinct().CountAsync()).ShouldBe(3);
        (await db.PathwayPlans.Select(a => a.PersonId).Distinct().CountAsync()).ShouldBe(3);
        (await db.CareLeaverContacts.Select(c => c.PersonId).Distinct().CountAsync()).ShouldBe(3);
        var children = await db.CarePeriods.Select(p => p.PersonId).ToListAsync();
        (await db.People.CountAsync(p => children.Contains(p.Id) && (p.Upn != null || p.UpnUnknownReason != null))).ShouldBe(9);

        var report = await check.ServiceProvider.GetRequiredService<LookedAfterFiguresQuery>().ComputeAsync();
        (int, int?) Of(string key) => (report[key].Numerator, report[key].Denominator);
        report[LookedAfterFigures.LookedAfter].Numerator.ShouldBe(6);
        Of(LookedAfterFigures.OutOfArea).ShouldBe((1, 6));
        Of(LookedAfterFigures.Over20Miles).ShouldBe((0, 6));
        Of(LookedAfterFigures.LongTermStability).ShouldBe((1, 1));
        Of(LookedAfterFigures.ReviewsOnTime).ShouldBe((5, 6));
        Of(LookedAfterFigures.VisitsOnTime).ShouldBe((6, 6));
        Of(LookedAfterFigures.HealthAssessments).ShouldBe((5, 5));
        Of(LookedAfterFigures.ReturnInterviews).ShouldBe((1, 2));
        Of(LookedAfterFigures.CareLeaversInTouch).ShouldBe((2, 2));
        Of(LookedAfterFigures.CareLeaversInEet).ShouldBe((1, 2));
        Of(LookedAfterFigures.CareLeaversSuitablyAccommodated).ShouldBe((2, 2));
    }
}
