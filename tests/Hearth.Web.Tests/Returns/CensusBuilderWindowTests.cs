using Hearth.Core.Assessment;
using Hearth.Core.Returns.CinCensus;
using Hearth.Web.Tests.FrontDoor;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.Returns.CensusJourneys;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// The year window (statutory-data.md A): episodes referred in the year or open in it, each item as it
/// stood at the end of the year or on the day asked; a date after the window is left out.
/// </summary>
public sealed class CensusBuilderWindowTests(HearthWebApp app)
{
    private static readonly CensusYear LastYear = new(2025);

    [Fact]
    public async Task An_episode_closed_before_1_April_is_not_in_the_census()
    {
        var journeys = new CensusJourneys(app);
        var child = await journeys.ChildAsync("Eve");
        await app.PastEpisodeAsync(child.Id, new DateOnly(2024, 12, 2)); // closed 2 February 2025

        (await journeys.BuildAsync(child.Id, LastYear)).Children.ShouldBeEmpty();
        (await journeys.BuildAsync(child.Id, new CensusYear(2024))).Children.ShouldHaveSingleItem()
            .CinDetails.ShouldHaveSingleItem().ClosureDate.ShouldBe(new DateOnly(2025, 2, 2));
    }

    [Fact]
    public async Task An_episode_referred_after_the_day_the_data_is_taken_is_not_in_it()
    {
        var journeys = new CensusJourneys(app);
        var child = await journeys.ChildAsync("Fay");
        await app.PastEpisodeAsync(child.Id, new DateOnly(2025, 10, 15));

        (await journeys.BuildAsync(child.Id, LastYear, asAt: new DateOnly(2025, 9, 30))).Children.ShouldBeEmpty();
        (await journeys.BuildAsync(child.Id, LastYear, asAt: new DateOnly(2025, 10, 15))).Children.ShouldHaveSingleItem();
        (await journeys.BuildAsync(child.Id, LastYear)).Children.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_closure_after_the_end_of_the_year_is_left_out_and_the_episode_shows_open()
    {
        var journeys = new CensusJourneys(app);
        var child = await journeys.ChildAsync("Gus", "M");
        await app.PastEpisodeAsync(child.Id, new DateOnly(2026, 2, 2)); // closed 2 April 2026, in the next year

        var details = (await journeys.BuildAsync(child.Id, LastYear)).Children.ShouldHaveSingleItem().CinDetails.ShouldHaveSingleItem();
        details.ReferralDate.ShouldBe(new DateOnly(2026, 2, 2));
        details.ClosureDate.ShouldBeNull();
        details.ReasonForClosure.ShouldBeNull();

        var next = (await journeys.BuildAsync(child.Id, LastYear with { StartYear = 2026 }, asAt: new DateOnly(2026, 4, 30)))
            .Children.ShouldHaveSingleItem().CinDetails.ShouldHaveSingleItem();
        next.ClosureDate.ShouldBe(new DateOnly(2026, 4, 2));
        next.ReasonForClosure.ShouldBe("RC8");
    }

    [Fact]
    public async Task An_assessment_authorised_after_the_day_the_data_is_taken_has_no_authorisation_date_and_no_factors()
    {
        var journeys = await new CensusJourneys(app).WithStaffAsync();
        var child = await journeys.ChildAsync("Hal", "M");
        var episode = await journeys.ReferAsync(child.Id, WorkingDaysAgo(20));
        await journeys.AuthorisedAssessmentAsync(episode.Id, AssessmentOf(WorkingDaysAgo(19), ["1B", "16A"], AssessmentOutcome.NoFurtherAction));
        await journeys.CloseAsync(episode.Id, Today, "RC8");
        var yesterday = Today.AddDays(-1);

        var before = (await journeys.BuildAsync(child.Id, asAt: yesterday)).Children.ShouldHaveSingleItem().CinDetails.ShouldHaveSingleItem();
        var assessment = before.Assessments.ShouldHaveSingleItem();
        assessment.ActualStartDate.ShouldBe(WorkingDaysAgo(19));
        assessment.AuthorisationDate.ShouldBeNull();
        assessment.Factors.ShouldBeEmpty();
        before.ClosureDate.ShouldBeNull();
        before.ReasonForClosure.ShouldBeNull();

        var now = (await journeys.BuildAsync(child.Id)).Children.ShouldHaveSingleItem().CinDetails.ShouldHaveSingleItem();
        now.Assessments.ShouldHaveSingleItem().AuthorisationDate.ShouldBe(Today);
        now.Assessments[0].Factors.ShouldBe(["1B", "16A"], ignoreOrder: true);
        now.ClosureDate.ShouldBe(Today);
        now.ReasonForClosure.ShouldBe("RC8");
    }

    [Fact]
    public async Task A_team_s_census_is_the_children_its_workers_hold_as_the_team_page_counts_them()
    {
        var journeys = await new CensusJourneys(app).WithStaffAsync();
        var held = await journeys.ChildAsync("Gus", "M");
        var elsewhere = await journeys.ChildAsync("Hal", "M");
        await journeys.ReferAsync(held.Id, WorkingDaysAgo(5));
        await journeys.ReferAsync(elsewhere.Id, WorkingDaysAgo(5));
        var otherWorker = await app.CreateUserAsync(Hearth.Core.Workforce.Role.SocialWorker);
        await app.InScopeAsync(async sp =>
        {
            var allocations = sp.GetRequiredService<Hearth.Core.Workforce.AllocationService>();
            await allocations.AllocateAsync(held.Id, journeys.Worker.Id, null, journeys.Manager.Ctx());
            await allocations.AllocateAsync(elsewhere.Id, otherWorker.Id, null, journeys.Manager.Ctx());
            return true;
        });

        var team = await app.InScopeAsync(sp => sp.GetRequiredService<CinCensusBuilder>()
            .BuildAsync(CensusYear.Containing(Today), new CensusScope(TeamId: journeys.Worker.TeamId)));

        team.Children.Select(c => c.PersonId).ShouldBe([held.Id]);
    }
}
