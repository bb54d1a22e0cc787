using System.Net;
using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Oversight;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.FrontDoor;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.Chronology;

/// <summary>Management oversight on the child's record, supervision decisions, and the team manager's view of late and due work.</summary>
public sealed class OversightAndTeamWorkTests(HearthWebApp app)
{
    private static DateOnly Today => DateOnly.FromDateTime(EnglandClock.ToEnglandTime(DateTime.UtcNow));

    /// <summary>A manager who manages a team, and a worker in it.</summary>
    private async Task<(User Manager, User Worker)> TeamAsync()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager, $"Manager {Guid.NewGuid():N}"[..16]);
        var worker = await app.CreateUserAsync(Role.SocialWorker, $"Worker {Guid.NewGuid():N}"[..15]);
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var team = await db.Teams.SingleAsync(t => t.Id == manager.TeamId);
            team.ManagerId = manager.Id;
            (await db.Users.SingleAsync(u => u.Id == worker.Id)).TeamId = team.Id;
            return await db.SaveChangesAsync();
        });
        return (manager, worker);
    }

    private Task<Allocation> AllocateAsync(User manager, Guid childId, User worker) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AllocationService>().AllocateAsync(childId, worker.Id, null, manager.Ctx()));

    /// <summary>An open CIN episode referred <paramref name="daysAgo"/> days ago, as imported history leaves one.</summary>
    private Task<CinEpisode> OpenEpisodeAsync(Guid personId, int daysAgo) => app.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<HearthDbContext>();
        var episode = new CinEpisode { PersonId = personId, ReferralDate = Today.AddDays(-daysAgo), ReferralSource = "2A", Imported = true, OpenedAt = DateTime.UtcNow };
        db.CinEpisodes.Add(episode);
        await db.SaveChangesAsync();
        return episode;
    });

    private static Dictionary<string, string> Direction(string decision) => new Dictionary<string, string>
    {
        ["Decision"] = decision,
        ["Rationale"] = "Mother has engaged; the assessment must see the child alone.",
        ["Actions[0].Action"] = "See the child alone at school",
        ["Actions[0].Owner"] = "Allocated social worker",
    }.With(Date("Date", Today)).With(Date("Actions[0].DueDate", Today.AddDays(5)));

    [Fact]
    public async Task A_manager_s_direction_appears_on_the_child_s_oversight_page_and_in_the_chronology()
    {
        var (manager, _) = await TeamAsync();
        var child = await app.CreatePersonAsync("Olly", TestData.UniqueFamilyName());
        var episode = await OpenEpisodeAsync(child.Id, 10);
        var page = await app.SignInAsync(manager);
        var decision = $"Proceed to a child and family assessment {Guid.NewGuid():N}";

        (await page.PageTextAsync(Links.Oversight(child.Id))).ShouldContain("data-testid=\"record-oversight\"");
        var response = await page.PostFormAsync(Links.RecordOversight(child.Id), Direction(decision));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await page.PageTextAsync(Links.Oversight(child.Id));
        html.ShouldContain(decision);
        html.ShouldContain($"See the child alone at school – Allocated social worker by {Today.AddDays(5):d MMMM yyyy}");
        (await page.PageTextAsync(Links.Chronology(child.Id))).ShouldContain($"Management oversight by {manager.DisplayName}: {decision}");
        var saved = await app.QueryAsync(db => db.ManagementOversights.Include(o => o.Actions).SingleAsync(o => o.PersonId == child.Id));
        saved.EpisodeId.ShouldBe(episode.Id);
        saved.Actions.ShouldHaveSingleItem().Owner.ShouldBe("Allocated social worker");
    }

    [Fact]
    public async Task An_action_without_an_owner_or_due_date_is_refused_and_nothing_is_saved()
    {
        var (manager, _) = await TeamAsync();
        var child = await app.CreatePersonAsync("Olly", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(manager);
        var fields = new Dictionary<string, string>
        {
            ["Decision"] = "Assess",
            ["Rationale"] = "Because",
            ["Actions[0].Action"] = "Visit",
        }.With(Date("Date", Today));

        var response = await page.PostFormAsync(Links.RecordOversight(child.Id), fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("Enter who owns the action");
        html.ShouldContain("Enter the date the action is due");
        (await app.QueryAsync(db => db.ManagementOversights.CountAsync(o => o.PersonId == child.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_social_worker_cannot_record_management_oversight()
    {
        var (_, worker) = await TeamAsync();
        var child = await app.CreatePersonAsync("Olly", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.GetAsync(Links.RecordOversight(child.Id));

        (response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("/forbidden") == true).ShouldBeTrue();
    }

    [Fact]
    public async Task One_supervision_session_writes_its_decisions_to_each_child_s_record_with_the_same_session()
    {
        var (manager, worker) = await TeamAsync();
        var family = TestData.UniqueFamilyName();
        var first = await app.CreatePersonAsync("Ava", family);
        var second = await app.CreatePersonAsync("Ben", family);
        var third = await app.CreatePersonAsync("Cal", family);
        foreach (var child in new[] { first, second, third })
        {
            await AllocateAsync(manager, child.Id, worker);
        }
        var page = await app.SignInAsync(manager);
        var form = await page.PageTextAsync(Links.SupervisionFor(worker.Id));
        form.ShouldContain("data-testid=\"supervision-child\"");
        var order = new[] { first, second, third }.OrderBy(c => form.IndexOf(c.Reference, StringComparison.Ordinal)).ToList();

        var response = await page.PostFormAsync(Links.Supervision, new Dictionary<string, string>
        {
            ["Supervisee"] = worker.Id.ToString(),
            ["Decisions[0].PersonId"] = order[0].Id.ToString(),
            ["Decisions[0].Decision"] = "Hold a family group conference",
            ["Decisions[1].PersonId"] = order[1].Id.ToString(),
            ["Decisions[1].Decision"] = "Step down to early help at the review",
            ["Decisions[2].PersonId"] = order[2].Id.ToString(),
        }.With(Date("Date", Today)), Links.SupervisionFor(worker.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await app.QueryAsync(db => db.ManagementOversights.Where(o => o.PersonId == first.Id || o.PersonId == second.Id || o.PersonId == third.Id).ToListAsync());
        saved.Count.ShouldBe(2);
        saved.Select(o => o.SupervisionSessionId).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        saved.ShouldAllBe(o => o.Kind == OversightKind.Supervision);
        saved.Select(o => o.PersonId).ShouldBe([order[0].Id, order[1].Id], ignoreOrder: true);
        var events = await app.QueryAsync(db => db.ProcessEvents.Include(e => e.Subjects)
            .Where(e => e.EventType == nameof(ManagementOversightRecorded) && e.Subjects.Any(s => s.PersonId == order[0].Id || s.PersonId == order[1].Id)).ToListAsync());
        events.Count.ShouldBe(2);
        events.ShouldAllBe(e => e.Subjects.Count == 1);
        (await page.PageTextAsync(Links.Oversight(order[1].Id))).ShouldContain("Step down to early help at the review");
    }

    [Fact]
    public async Task The_team_view_shows_a_referral_whose_one_working_day_decision_is_overdue_under_its_worker()
    {
        var (manager, worker) = await TeamAsync();
        var child = await app.CreatePersonAsync("Tia", TestData.UniqueFamilyName());
        await app.RecordContactAsync(worker, FrontDoorTestData.Contact(child.Id) with { IsReferral = true, ReceivedAt = DateTime.UtcNow.AddDays(-7) });
        await AllocateAsync(manager, child.Id, worker);
        var page = await app.SignInAsync(manager);

        var html = await page.PageTextAsync(Links.TeamWork);

        var overdue = Section(html, "data-testid=\"overdue\"");
        overdue.ShouldContain(child.Reference);
        overdue.ShouldContain("Decide the response to a referral and acknowledge the referrer");
        overdue.ShouldContain(worker.DisplayName);
        Section(html, "data-testid=\"by-worker\"").ShouldContain(worker.DisplayName);
        (await (await app.SignInAsync(worker)).PageTextAsync(Links.Home)).ShouldContain("data-testid=\"my-overdue\">1<");
    }

    [Fact]
    public async Task An_open_case_with_no_oversight_for_20_working_days_is_listed_until_a_manager_records_direction()
    {
        var (manager, worker) = await TeamAsync();
        var child = await app.CreatePersonAsync("Uma", TestData.UniqueFamilyName());
        await OpenEpisodeAsync(child.Id, 60);
        await AllocateAsync(manager, child.Id, worker);
        var page = await app.SignInAsync(manager);

        Section(await page.PageTextAsync(Links.TeamWork), "data-testid=\"without-oversight\"").ShouldContain(child.Reference);
        (await page.PostFormAsync(Links.RecordOversight(child.Id), Direction("Continue the assessment"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await page.PageTextAsync(Links.TeamWork)).ShouldContain("data-testid=\"without-oversight-none\"");
    }

    [Fact]
    public async Task A_child_not_seen_within_their_visiting_frequency_is_listed_in_the_team_view()
    {
        var (manager, worker) = await TeamAsync();
        var child = await app.CreatePersonAsync("Ivo", TestData.UniqueFamilyName());
        await OpenEpisodeAsync(child.Id, 60);
        await AllocateAsync(manager, child.Id, worker);
        var page = await app.SignInAsync(manager);

        var unseen = Section(await page.PageTextAsync(Links.TeamWork), "data-testid=\"not-seen\"");

        unseen.ShouldContain(child.Reference);
        unseen.ShouldContain("Not seen since the referral");
        unseen.ShouldContain(worker.DisplayName);
    }

    [Fact]
    public async Task A_restricted_child_the_manager_is_not_named_on_does_not_appear_in_the_team_view()
    {
        var (manager, worker) = await TeamAsync();
        var admin = await app.CreateUserAsync(Role.ServiceManager);
        var child = await app.CreatePersonAsync("Rae", TestData.UniqueFamilyName());
        await OpenEpisodeAsync(child.Id, 60);
        await AllocateAsync(manager, child.Id, worker);
        await app.RestrictAsync(child.Id, admin, worker);
        var page = await app.SignInAsync(manager);

        (await page.PageTextAsync(Links.TeamWork)).ShouldNotContain(child.Reference);
        (await page.PageTextAsync(Links.SupervisionFor(worker.Id))).ShouldNotContain(child.Reference);
    }

    /// <summary>The element that starts at <paramref name="marker"/> up to the end of its table.</summary>
    private static string Section(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"{marker} is not on the page");
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
