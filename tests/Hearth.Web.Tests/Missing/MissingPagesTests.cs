using System.Net;
using Hearth.Core.LookedAfter;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;
using static Hearth.Web.Tests.Missing.MissingTestData;

namespace Hearth.Web.Tests.Missing;

/// <summary>Missing and away episodes on the child's Missing tab, the return home interview, and the list of interviews due.</summary>
public sealed class MissingPagesTests(HearthWebApp app)
{
    private static DateTime Now => DateTime.UtcNow;

    [Fact]
    public async Task A_missing_episode_of_a_looked_after_child_is_recorded_then_its_return_interview()
    {
        var child = await app.CreatePersonAsync("Lily", TestData.UniqueFamilyName(), new DateOnly(2011, 4, 2));
        var period = await app.LookedAfterAsync(child.Id, Today.AddMonths(-6));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));
        var tab = await page.PageTextAsync(Links.MissingEpisodes(child.Id));
        tab.ShouldContain("Record a missing episode");
        tab.ShouldContain("No missing or away episodes recorded");
        var form = await page.PageTextAsync(Links.RecordMissingEpisode(child.Id));
        foreach (var label in new[] { "Missing or away", "Date went missing", "Time went missing", "Date returned", "Time returned", "Reported to the police?", ">Save<" })
        {
            form.ShouldContain(label);
        }

        var started = ToMinute(Now.AddHours(-30));
        var returned = ToMinute(Now.AddHours(-20));
        var response = await page.PostFormAsync(Links.RecordMissingEpisode(child.Id), new Dictionary<string, string>
        {
            ["Kind"] = "Missing",
            ["ReportedToPolice"] = "true",
            ["WhereFound"] = "At a friend's flat in town",
        }.With(At("StartedAt", started)).With(At("ReturnedAt", returned)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var episode = await app.QueryAsync(db => db.MissingEpisodes.AsNoTracking().SingleAsync(m => m.PersonId == child.Id));
        (episode.Kind, episode.StartedAt, episode.ReturnedAt, episode.ReportedToPolice, episode.CarePeriodId).ShouldBe((MissingKind.Missing, started, (DateTime?)returned, true, (Guid?)period.Id));
        var shown = await page.PageTextAsync(Links.MissingEpisodes(child.Id));
        shown.ShouldContain("Offer by");
        shown.ShouldContain("Record the return interview");

        var interviewForm = await page.PageTextAsync(Links.RecordReturnInterview(child.Id, episode.Id));
        foreach (var label in new[] { "Date of interview", "Time of interview", "Did the child accept the interview?", "What did the child say about where they were and who with?" })
        {
            interviewForm.ShouldContain(label);
        }
        var held = ToMinute(Now.AddHours(-2));
        (await page.PostFormAsync(Links.RecordReturnInterview(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["Accepted"] = "true",
            ["InterviewedBy"] = "Sam Ortiz, Runaway Helpline",
            ["WhereAndWithWhom"] = "Stayed with an older friend; nobody else there",
        }.With(At("HeldAt", held)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var interviewed = await app.QueryAsync(db => db.MissingEpisodes.AsNoTracking().SingleAsync(m => m.Id == episode.Id));
        (interviewed.InterviewHeldAt, interviewed.InterviewAccepted, interviewed.InterviewOfferedAt).ShouldBe(((DateTime?)held, (bool?)true, (DateTime?)null));
        var after = await page.PageTextAsync(Links.MissingEpisodes(child.Id));
        after.ShouldContain("within 72 hours");
        after.ShouldContain("Stayed with an older friend");

        var obligations = await app.InScopeAsync(sp => sp.GetRequiredService<StatutoryObligations>().ForAsync([child.Id], Today));
        var rhi = obligations.Single(o => o.RuleId == "missing.return-home-interview.72h");
        (rhi.CaseId, rhi.Status).ShouldBe(((Guid?)episode.Id, ObligationStatus.MetOnTime));
    }

    [Fact]
    public async Task A_child_still_missing_is_recorded_without_a_return_then_the_return_is_added()
    {
        var child = await app.CreatePersonAsync("Noah", TestData.UniqueFamilyName(), new DateOnly(2012, 1, 9));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        (await page.PostFormAsync(Links.RecordMissingEpisode(child.Id), new Dictionary<string, string>
        {
            ["Kind"] = "Away",
            ["ReportedToPolice"] = "false",
        }.With(At("StartedAt", Now.AddHours(-3))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var episode = await app.QueryAsync(db => db.MissingEpisodes.AsNoTracking().SingleAsync(m => m.PersonId == child.Id));
        (episode.ReturnedAt, episode.CarePeriodId).ShouldBe((null, null), "not looked after: a missing episode from home");
        (await page.PageTextAsync(Links.MissingEpisodes(child.Id))).ShouldContain("Not yet returned");

        var back = ToMinute(Now.AddHours(-1));
        (await page.PostFormAsync(Links.ChangeMissingEpisode(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["Kind"] = "Away",
            ["ReportedToPolice"] = "false",
        }.With(At("StartedAt", episode.StartedAt)).With(At("ReturnedAt", back)))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.MissingEpisodes.AsNoTracking().SingleAsync(m => m.Id == episode.Id))).ReturnedAt.ShouldBe(back);
    }

    [Fact]
    public async Task Bad_episodes_are_refused_with_messages_and_nothing_is_saved()
    {
        var child = await app.CreatePersonAsync("Ava", TestData.UniqueFamilyName(), new DateOnly(2012, 1, 9));
        var page = await app.SignInAsync(await app.CreateUserAsync(Role.SocialWorker));

        var response = await page.PostFormAsync(Links.RecordMissingEpisode(child.Id), new Dictionary<string, string>
        {
            ["StartedAtTime"] = "25:99",
            ["StartedAt.Day"] = "1",
            ["StartedAt.Month"] = "1",
            ["StartedAt.Year"] = "2020",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("There is a problem");
        html.ShouldContain("as hours and minutes on the 24-hour clock");

        var future = await (await page.PostFormAsync(Links.RecordMissingEpisode(child.Id), new Dictionary<string, string>
        {
            ["ReportedToPolice"] = "true",
        }.With(At("StartedAt", Now.AddHours(5))).With(At("ReturnedAt", Now.AddHours(-5))))).HtmlAsync();
        future.ShouldContain("Select whether the child was missing or away from placement");
        future.ShouldContain("The date and time the child went missing must be in the past");

        var backwards = await (await page.PostFormAsync(Links.RecordMissingEpisode(child.Id), new Dictionary<string, string>
        {
            ["Kind"] = "Missing",
        }.With(At("StartedAt", Now.AddHours(-5))).With(At("ReturnedAt", Now.AddHours(-8))))).HtmlAsync();
        backwards.ShouldContain("The date and time the child returned must be after they went missing");
        backwards.ShouldContain("Select whether the child was reported to the police");

        (await app.QueryAsync(db => db.MissingEpisodes.CountAsync(m => m.PersonId == child.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_return_interview_is_refused_and_the_episode_is_unchanged()
    {
        var child = await app.CreatePersonAsync("Max", TestData.UniqueFamilyName(), new DateOnly(2012, 1, 9));
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var episode = await RecordAsync(child.Id, worker, Now.AddHours(-10), Now.AddHours(-6));
        var page = await app.SignInAsync(worker);

        var declinedButHeld = await (await page.PostFormAsync(Links.RecordReturnInterview(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["Accepted"] = "false",
        }.With(At("HeldAt", Now.AddHours(-1))))).HtmlAsync();
        declinedButHeld.ShouldContain("There is a problem");
        declinedButHeld.ShouldContain("Leave the date of the interview blank if the child declined it");

        var beforeReturn = await (await page.PostFormAsync(Links.RecordReturnInterview(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["WhereAndWithWhom"] = "Said nothing",
        }.With(At("HeldAt", Now.AddHours(-8))))).HtmlAsync();
        beforeReturn.ShouldContain("must be after the child returned");
        beforeReturn.ShouldContain("Select whether the child accepted the interview");

        var nothing = await (await page.PostFormAsync(Links.RecordReturnInterview(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["Accepted"] = "true",
        })).HtmlAsync();
        nothing.ShouldContain("Enter when the interview was offered, or when it was held");

        var unchanged = await app.QueryAsync(db => db.MissingEpisodes.AsNoTracking().SingleAsync(m => m.Id == episode.Id));
        (unchanged.InterviewAccepted, unchanged.InterviewHeldAt, unchanged.WhereAndWithWhom).ShouldBe((null, null, null));
        (await page.GetAsync(Links.RecordReturnInterview(child.Id, Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_shows_interviews_overdue_or_due_within_the_day_with_the_hours()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var overdue = await app.CreatePersonAsync("Ollie", TestData.UniqueFamilyName(), new DateOnly(2011, 2, 2));
        var dueSoon = await app.CreatePersonAsync("Dana", TestData.UniqueFamilyName(), new DateOnly(2011, 2, 2));
        var notYet = await app.CreatePersonAsync("Nell", TestData.UniqueFamilyName(), new DateOnly(2011, 2, 2));
        var offered = await app.CreatePersonAsync("Otto", TestData.UniqueFamilyName(), new DateOnly(2011, 2, 2));
        var restricted = await app.CreatePersonAsync("Rhea", TestData.UniqueFamilyName(), new DateOnly(2011, 2, 2));
        await RecordAsync(restricted.Id, worker, Now.AddHours(-90), Now.AddHours(-80));
        await app.RestrictAsync(restricted.Id, await app.CreateUserAsync(Role.TeamManager));
        await RecordAsync(overdue.Id, worker, Now.AddHours(-90), Now.AddHours(-80).AddMinutes(-30));
        await RecordAsync(dueSoon.Id, worker, Now.AddHours(-70), Now.AddHours(-60).AddMinutes(-30));
        await RecordAsync(notYet.Id, worker, Now.AddHours(-20), Now.AddHours(-10));
        var done = await RecordAsync(offered.Id, worker, Now.AddHours(-100), Now.AddHours(-90));
        await app.InScopeAsync(sp => sp.GetRequiredService<MissingEpisodeService>().RecordInterviewAsync(offered.Id, done.Id,
            new ReturnInterviewInput(Now.AddHours(-89), false, null, null, null), worker.Ctx()));

        var page = await app.SignInAsync(worker);
        var html = await page.PageTextAsync(Links.ReturnInterviewsDue);

        html.ShouldContain($"return-interview-due-{overdue.Reference}");
        html.ShouldContain("9 hours overdue");
        html.ShouldContain($"return-interview-due-{dueSoon.Reference}");
        html.ShouldContain("11 hours left");
        html.ShouldNotContain(notYet.Reference);
        html.ShouldNotContain(offered.Reference);
        html.ShouldNotContain(restricted.Reference, Case.Sensitive, "a restricted child the worker is not named on");
        (await page.PageTextAsync(Links.MissingEpisodes(overdue.Id))).ShouldContain("Interview overdue");

        var frontDoor = await app.SignInAsync(await app.CreateUserAsync(Role.FrontDoorWorker));
        var refused = await frontDoor.GetAsync(Links.ReturnInterviewsDue);
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain(Links.Forbidden, Case.Sensitive, "the front door does no casework");
    }

    private Task<MissingEpisode> RecordAsync(Guid childId, User worker, DateTime started, DateTime? returned) =>
        app.InScopeAsync(sp => sp.GetRequiredService<MissingEpisodeService>().SaveAsync(childId, null,
            new MissingEpisodeInput(MissingKind.Missing, started, returned, true, null), worker.Ctx()));
}
