using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.ChildInNeed.ChildInNeedTestData;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.ChildInNeed;

/// <summary>Visits, last seen, closure with the DfE reason, reopening and transfers.</summary>
public sealed class ChildInNeedEpisodePagesTests(HearthWebApp app)
{
    private Task<CinEpisode> EpisodeAsync(Guid id) => app.QueryAsync(db => db.CinEpisodes.AsNoTracking().SingleAsync(e => e.Id == id));

    private Task<List<string>> EventTypesAsync(Guid childId) =>
        app.QueryAsync(db => db.ProcessEvents.Where(e => e.Subjects.Any(s => s.PersonId == childId)).OrderBy(e => e.Id).Select(e => e.EventType).ToListAsync());

    private static Dictionary<string, string> VisitFields(DateOnly date) => new Dictionary<string, string>
    {
        ["VisitedBy"] = "Sam Social Worker",
        ["ChildSeen"] = "true",
        ["SeenAlone"] = "true",
        ["Location"] = "Home",
        ["Observations"] = "Amy showed me her bedroom and talked about school.",
    }.With(Date("Date", date));

    [Fact]
    public async Task A_visit_where_the_child_was_seen_shows_as_last_seen_on_the_child_s_summary()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var page = await app.SignInAsync(worker);
        (await page.PageTextAsync(Links.Person(child.Id))).ShouldContain("Not seen since the referral");

        var response = await page.PostFormAsync(Links.RecordVisit(child.Id, episode.Id), VisitFields(Today));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var summary = await page.PageTextAsync(Links.Person(child.Id));
        summary.ShouldContain($"Last seen:</strong> {Today:d MMMM yyyy}");
        summary.ShouldNotContain("Not seen since the referral");
        (await page.PageTextAsync(Links.ChildInNeed(child.Id))).ShouldContain("Seen alone");
        (await EventTypesAsync(child.Id)).ShouldContain("ChildVisited");
    }

    [Fact]
    public async Task A_visit_without_the_required_answers_is_refused_with_GOV_UK_errors()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.RecordVisit(child.Id, episode.Id), new Dictionary<string, string> { ["VisitedBy"] = "" }.With(Date("Date", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("Select whether the child was seen");
        html.ShouldContain("Select where the visit took place");
        html.ShouldContain("href=\"#ChildSeen\"");
        (await app.QueryAsync(db => db.Visits.CountAsync(v => v.PersonId == child.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task Closure_without_a_reason_code_is_refused_on_the_page()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.CloseCinEpisode(child.Id, episode.Id),
            new Dictionary<string, string> { ["Summary"] = "Needs met." }.With(Date("CloseDate", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("Select the reason for closure");
        (await EpisodeAsync(episode.Id)).IsOpen.ShouldBeTrue();
        (await EventTypesAsync(child.Id)).ShouldNotContain("CinEpisodeClosed");
    }

    [Fact]
    public async Task Closure_without_a_DfE_reason_code_is_refused_through_the_API_and_RC8_marks_the_referral_no_further_action()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var plan = await app.DraftPlanAsync(manager, episode.Id);
        var api = await app.ApiClientAsync(manager);
        var url = $"/api/v1/cin-episodes/{episode.Id}/close";

        var missing = await api.PostAsJsonAsync(url, new { closeDate = Today, summary = "Needs met." });
        var unknown = await api.PostAsJsonAsync(url, new { closeDate = Today, reasonForClosure = "RC99", summary = "Needs met." });
        var future = await api.PostAsJsonAsync(url, new { closeDate = Today.AddDays(1), reasonForClosure = "RC7", summary = "Needs met." });

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Select the reason for closure");
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await future.Content.ReadAsStringAsync()).ShouldContain("must be today or in the past");
        (await EpisodeAsync(episode.Id)).IsOpen.ShouldBeTrue();

        var closed = await api.PostAsJsonAsync(url, new { closeDate = Today, reasonForClosure = "RC8", summary = "Assessment found no unmet needs." });

        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        var body = await closed.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("reasonForClosure").GetString().ShouldBe("RC8");
        body.GetProperty("referralNfa").GetBoolean().ShouldBeTrue();
        var saved = await EpisodeAsync(episode.Id);
        saved.CloseDate.ShouldBe(Today);
        saved.ClosureSummary.ShouldBe("Assessment found no unmet needs.");
        (await app.QueryAsync(db => db.ChildInNeedPlans.SingleAsync(p => p.Id == plan.Id))).Status.ShouldBe(CinPlanStatus.Ended);
        (await EventTypesAsync(child.Id)).ShouldContain("CinEpisodeClosed");
    }

    [Fact]
    public async Task A_visit_after_closure_is_refused_then_accepted_once_the_manager_reopens_the_episode_and_the_reopening_is_in_the_history()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var page = await app.SignInAsync(manager);
        (await page.PostFormAsync(Links.CloseCinEpisode(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["ReasonForClosure"] = "RC7",
            ["Summary"] = "Family engaged well; needs met.",
        }.With(Date("CloseDate", Today)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PageTextAsync(Links.ChildInNeed(child.Id))).ShouldContain("data-testid=\"cin-episode-closed\"");

        var refused = await page.PostFormAsync(Links.RecordVisit(child.Id, episode.Id), VisitFields(Today));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.HtmlAsync()).ShouldContain("Reopen it before recording more work");
        (await app.QueryAsync(db => db.Visits.CountAsync(v => v.EpisodeId == episode.Id))).ShouldBe(0);

        (await page.PostFormAsync(Links.ReopenCinEpisode(child.Id, episode.Id),
            new Dictionary<string, string> { ["Reason"] = "School raised new concerns about neglect." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var accepted = await page.PostFormAsync(Links.RecordVisit(child.Id, episode.Id), VisitFields(Today));

        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.Visits.CountAsync(v => v.EpisodeId == episode.Id))).ShouldBe(1);
        (await EpisodeAsync(episode.Id)).IsOpen.ShouldBeTrue();
        var types = await EventTypesAsync(child.Id);
        types.IndexOf("CinEpisodeReopened").ShouldBeGreaterThan(types.IndexOf("CinEpisodeClosed"));
        types.IndexOf("ChildVisited").ShouldBeGreaterThan(types.IndexOf("CinEpisodeReopened"));
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Child in need episode reopened");
    }

    [Fact]
    public async Task A_social_worker_may_not_close_or_reopen_an_episode()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        (await page.GetAsync(Links.CloseCinEpisode(child.Id, episode.Id))).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await EpisodeAsync(episode.Id)).IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task A_transfer_records_the_new_team_and_the_manager_s_direction_on_the_episode_and_in_the_history()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var receiving = await app.CreateUserAsync(Role.SocialWorker);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.TransferCinEpisode(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["ToTeamId"] = receiving.TeamId!.Value.ToString(),
            ["Direction"] = "Allocate within 2 days; visit Amy at school this week.",
        }.With(Date("Date", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EpisodeAsync(episode.Id)).TeamId.ShouldBe(receiving.TeamId);
        (await page.PageTextAsync(Links.ChildInNeed(child.Id))).ShouldContain("Manager’s direction: Allocate within 2 days; visit Amy at school this week.");
        (await EventTypesAsync(child.Id)).ShouldContain("CinEpisodeTransferred");
    }

    [Fact]
    public async Task Children_not_seen_within_their_visiting_frequency_are_listed_until_they_are_seen()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Ben", TestData.UniqueFamilyName());
        var episode = await app.OpenEpisodeAsync(child.Id, Today.AddMonths(-2));
        Task<IReadOnlyList<ChildNotSeen>> NotSeenAsync() =>
            app.InScopeAsync(sp => sp.GetRequiredService<ChildrenNotSeen>().ForAsync([child.Id], Today));

        (await NotSeenAsync()).ShouldHaveSingleItem().LastSeen.ShouldBeNull();

        await app.InScopeAsync(sp => sp.GetRequiredService<Visits>().RecordAsync(episode.Id, SeenAtHome(Today.AddDays(-1)), manager.Ctx()));

        (await NotSeenAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_manager_sets_a_child_s_visiting_frequency_and_the_not_seen_list_counts_from_it()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Cara", TestData.UniqueFamilyName());
        // Seen 5 weeks ago: inside a 40 working day frequency, outside the default 20.
        var episode = await app.OpenEpisodeAsync(child.Id, Today.AddMonths(-3));
        await app.InScopeAsync(sp => sp.GetRequiredService<Visits>().RecordAsync(episode.Id, SeenAtHome(Today.AddDays(-35)), manager.Ctx()));
        Task<IReadOnlyList<ChildNotSeen>> NotSeenAsync() =>
            app.InScopeAsync(sp => sp.GetRequiredService<ChildrenNotSeen>().ForAsync([child.Id], Today));
        (await NotSeenAsync()).ShouldHaveSingleItem().LastSeen.ShouldBe(Today.AddDays(-35));
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.CinVisitingFrequency(child.Id, episode.Id), new Dictionary<string, string> { ["VisitingFrequency"] = "40" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EpisodeAsync(episode.Id)).VisitingFrequencyWorkingDays.ShouldBe(40);
        (await NotSeenAsync()).ShouldBeEmpty();
        (await page.PageTextAsync(Links.ChildInNeed(child.Id))).ShouldContain("Every 40 working days");
        (await EventTypesAsync(child.Id)).ShouldContain("CinVisitingFrequencySet");
    }

    [Fact]
    public async Task A_visiting_frequency_that_is_not_a_number_of_working_days_is_refused()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.CinVisitingFrequency(child.Id, episode.Id), new Dictionary<string, string> { ["VisitingFrequency"] = "often" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("Enter a visiting frequency between 1 and 130 working days");
        (await EpisodeAsync(episode.Id)).VisitingFrequencyWorkingDays.ShouldBeNull();
    }

    [Fact]
    public async Task The_child_in_need_tab_shows_the_episode_and_its_plan()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var (child, episode) = await app.ReferredChildAsync(manager);
        await app.DraftPlanAsync(manager, episode.Id);
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var record = await page.PageTextAsync(Links.Person(child.Id));
        record.ShouldContain($"href=\"{Links.ChildInNeed(child.Id)}\"");
        var html = await page.PageTextAsync(Links.ChildInNeed(child.Id));
        html.ShouldContain("data-testid=\"cin-episode-open\"");
        html.ShouldContain("data-testid=\"cin-plan-status\">Draft<");
        html.ShouldContain("data-testid=\"record-visit\"");
        html.ShouldNotContain("data-testid=\"close-episode\"");
    }

    [Fact]
    public async Task An_episode_cannot_close_before_a_visit_already_recorded_on_it()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Dan", TestData.UniqueFamilyName());
        var episode = await app.OpenEpisodeAsync(child.Id, Today.AddMonths(-2));
        await app.InScopeAsync(sp => sp.GetRequiredService<Visits>().RecordAsync(episode.Id, SeenAtHome(Today.AddDays(-3)), manager.Ctx()));
        var page = await app.SignInAsync(manager);

        var response = await page.PostFormAsync(Links.CloseCinEpisode(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["ReasonForClosure"] = "RC7",
            ["Summary"] = "Needs met.",
        }.With(Date("CloseDate", Today.AddDays(-10))));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain($"The episode cannot close before the last visit on {Today.AddDays(-3):d MMMM yyyy}");
        (await EpisodeAsync(episode.Id)).IsOpen.ShouldBeTrue();
    }
}
