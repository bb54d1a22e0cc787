using System.Net;
using System.Net.Http.Json;
using Hearth.Core.Assessment;
using Hearth.Core.Statutory;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.Assessment.AssessmentTestData;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.Assessment;

/// <summary>A child and family assessment through its pages and the API: written, submitted, returned, authorised; and the rules that refuse.</summary>
public sealed class AssessmentWorkflowTests(HearthWebApp app)
{
    private Task<List<string>> EventTypesAsync(Guid childId) =>
        app.QueryAsync(db => db.ProcessEvents.Where(e => e.Subjects.Any(s => s.PersonId == childId) && e.Process.StartsWith("Assessment."))
            .OrderBy(e => e.Id).Select(e => e.EventType).ToListAsync());

    [Fact]
    public async Task A_worker_writes_an_assessment_with_the_child_seen_alone_the_manager_returns_it_once_then_authorises_it_on_time()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker, "Sam Worker");
        var manager = await app.CreateUserAsync(Role.TeamManager, "Mo Manager");
        var child = await app.CreatePersonAsync("Ada", TestData.UniqueFamilyName());
        var episode = await app.ReferredTodayAsync(child.Id, worker, manager);
        var page = await app.SignInAsync(worker);

        (await page.PageTextAsync(Links.Assessments(child.Id))).ShouldContain("data-testid=\"start-assessment\"");
        var started = await page.PostFormAsync(Links.StartAssessment(child.Id), Form(Today, Today, Today, "“I like it when nan picks me up.”"));
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var assessment = await app.AssessmentAsync(child.Id);
        started.Headers.Location!.ToString().ShouldBe(Links.Assessment(child.Id, assessment.Id));
        assessment.EpisodeId.ShouldBe(episode.Id);
        assessment.ChildSeenAloneDate.ShouldBe(Today);
        assessment.Factors.ShouldBe(["1B"]);

        var saved = await page.PostFormAsync(Links.EditAssessment(child.Id, assessment.Id),
            Form(Today, Today, Today, "“I like it when nan picks me up.”").With(new() { ["Input.Factors"] = "16A" }));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.SubmitAssessment(child.Id, assessment.Id), [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.AssessmentAsync(child.Id)).Status.ShouldBe(AssessmentStatus.Submitted);

        var managerPage = await app.SignInAsync(manager);
        var returned = await managerPage.PostFormAsync(Links.AuthoriseAssessment(child.Id, assessment.Id) + "?handler=Return",
            new() { ["Comments"] = "Say more about how nan keeps Ada safe in the evenings." }, Links.AuthoriseAssessment(child.Id, assessment.Id));
        returned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.AssessmentAsync(child.Id)).Status.ShouldBe(AssessmentStatus.Draft);
        var view = await page.PageTextAsync(Links.Assessment(child.Id, assessment.Id));
        view.ShouldContain("Say more about how nan keeps Ada safe in the evenings.");
        view.ShouldContain("data-testid=\"submit-assessment\"");

        (await page.PostFormAsync(Links.EditAssessment(child.Id, assessment.Id),
            Form(Today, Today, Today, "“I like it when nan picks me up.”").With(new() { ["Input.Analysis"] = "Nan stays every evening until mum is home." })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await page.PostFormAsync(Links.SubmitAssessment(child.Id, assessment.Id), [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await managerPage.PostFormAsync(Links.AuthoriseAssessment(child.Id, assessment.Id), [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var done = await app.AssessmentAsync(child.Id);
        done.Status.ShouldBe(AssessmentStatus.Authorised);
        done.AuthorisedOn.ShouldBe(Today);
        done.AuthorisedByName.ShouldBe("Mo Manager");
        done.Returns.ShouldHaveSingleItem();
        (await EventTypesAsync(child.Id)).ShouldBe(["AssessmentStarted", "AssessmentUpdated", "AssessmentSubmitted", "AssessmentReturned",
            "AssessmentUpdated", "AssessmentSubmitted", "AssessmentAuthorised"]);
        (await app.QueryAsync(db => db.CinEpisodes.SingleAsync(e => e.Id == episode.Id))).PrimaryNeedCode.ShouldBe("N4");

        var list = await page.PageTextAsync(Links.Assessments(child.Id));
        list.ShouldContain("Authorised");
        list.ShouldContain(AssessmentTimescale.DueFrom(episode.ReferralDate).ToString("d MMM yyyy"));
        list.ShouldContain("On time");
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Child and family assessment authorised by Mo Manager");

        var obligations = await app.InScopeAsync(sp => sp.GetRequiredService<StatutoryObligations>().ForAsync([child.Id], Today));
        var clock = obligations.Single(o => o.RuleId == AssessmentTimescale.RuleId && o.CaseId == episode.Id);
        clock.Status.ShouldBe(ObligationStatus.MetOnTime);
        clock.MetOn.ShouldBe(Today);
    }

    [Fact]
    public async Task A_manager_cannot_authorise_an_assessment_they_wrote_on_the_page_or_through_the_API_but_another_manager_can()
    {
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var other = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Ben", TestData.UniqueFamilyName());
        var episode = await app.ReferredTodayAsync(child.Id, manager, other);
        var assessment = await app.SubmittedAssessmentAsync(episode, manager);

        var page = await app.SignInAsync(manager);
        var response = await page.PostFormAsync(Links.AuthoriseAssessment(child.Id, assessment.Id), []);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("An assessment cannot be authorised by the worker who wrote it");

        var api = await app.ApiClientAsync(manager);
        var refused = await api.PostAsJsonAsync($"/api/v1/assessments/{assessment.Id}/authorise", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("An assessment cannot be authorised by the worker who wrote it");
        (await app.AssessmentAsync(child.Id)).Status.ShouldBe(AssessmentStatus.Submitted);
        (await EventTypesAsync(child.Id)).ShouldNotContain("AssessmentAuthorised");

        var otherApi = await app.ApiClientAsync(other);
        (await otherApi.PostAsJsonAsync($"/api/v1/assessments/{assessment.Id}/authorise", new { })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var listed = await otherApi.GetFromJsonAsync<List<Api.AssessmentResponse>>($"/api/v1/people/{child.Id}/assessments");
        var item = listed.ShouldNotBeNull().ShouldHaveSingleItem();
        item.Status.ShouldBe("Authorised");
        item.AuthorisedOn.ShouldBe(Today);
        item.WorkingDaysLate.ShouldBe(0);
    }

    [Fact]
    public async Task A_late_assessment_is_not_submitted_or_authorised_without_a_reason_and_shows_how_late_it_is()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Cal", TestData.UniqueFamilyName());
        var episode = await app.ReferredLongAgoAsync(child.Id, daysAgo: 90);
        var page = await app.SignInAsync(worker);
        (await page.PostFormAsync(Links.StartAssessment(child.Id), Form(episode.ReferralDate.AddDays(1), Today, null, "It’s OK at home.")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var assessment = await app.AssessmentAsync(child.Id);

        var refused = await page.PostFormAsync(Links.SubmitAssessment(child.Id, assessment.Id), []);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.HtmlAsync()).ShouldContain($"The assessment is past working day 45 (it was due on {AssessmentTimescale.DueFrom(episode.ReferralDate):d MMMM yyyy}): enter the reason it is late");
        (await app.AssessmentAsync(child.Id)).Status.ShouldBe(AssessmentStatus.Draft);

        var late = AssessmentTimescale.WorkingDaysLate(episode.ReferralDate, Today);
        late.ShouldBeGreaterThan(0);
        (await page.PageTextAsync(Links.Assessments(child.Id))).ShouldContain($"data-testid=\"assessment-days-late\">{late}<");

        (await page.PostFormAsync(Links.SubmitAssessment(child.Id, assessment.Id), new() { ["LateReason"] = "The family moved and could not be found for three weeks." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var managerPage = await app.SignInAsync(manager);
        (await managerPage.PostFormAsync(Links.AuthoriseAssessment(child.Id, assessment.Id), [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var done = await app.AssessmentAsync(child.Id);
        done.Status.ShouldBe(AssessmentStatus.Authorised);
        done.LateReason.ShouldBe("The family moved and could not be found for three weeks.");
        var obligations = await app.InScopeAsync(sp => sp.GetRequiredService<StatutoryObligations>().ForAsync([child.Id], Today));
        obligations.Single(o => o.RuleId == AssessmentTimescale.RuleId).Status.ShouldBe(ObligationStatus.MetLate);
    }

    [Fact]
    public async Task Nothing_more_is_recorded_on_an_assessment_after_its_episode_is_closed()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Dee", TestData.UniqueFamilyName());
        var episode = await app.ReferredTodayAsync(child.Id, worker, manager);
        var assessment = await app.SubmittedAssessmentAsync(episode, worker);
        await app.CloseEpisodeAsync(episode.Id);

        var managerPage = await app.SignInAsync(manager);
        var response = await managerPage.PostFormAsync(Links.AuthoriseAssessment(child.Id, assessment.Id), []);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("Reopen it before recording more work");
        var api = await app.ApiClientAsync(manager);
        (await api.PostAsJsonAsync($"/api/v1/assessments/{assessment.Id}/authorise", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Should.ThrowAsync<ValidationFailedException>(() => app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AssessmentService>().StartAsync(episode.Id, CompleteInput(Today), worker.Ctx());
            return true;
        }));
        var page = await app.SignInAsync(worker);
        (await page.PageTextAsync(Links.Assessments(child.Id))).ShouldNotContain("data-testid=\"start-assessment\"");
        (await app.AssessmentAsync(child.Id)).Status.ShouldBe(AssessmentStatus.Submitted);
        (await EventTypesAsync(child.Id)).ShouldBe(["AssessmentStarted", "AssessmentSubmitted"]);
    }

    [Fact]
    public async Task An_episode_has_one_assessment_in_progress_and_a_start_date_before_the_referral_is_refused_on_the_page()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Eli", TestData.UniqueFamilyName());
        var episode = await app.ReferredTodayAsync(child.Id, worker, manager);
        var page = await app.SignInAsync(worker);

        var early = await page.PostFormAsync(Links.StartAssessment(child.Id), Form(episode.ReferralDate.AddDays(-1), null, null, ""));
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.HtmlAsync()).ShouldContain($"The date the assessment started must be on or after the referral date, {episode.ReferralDate:d MMMM yyyy}");
        (await app.QueryAsync(db => db.Assessments.CountAsync(a => a.PersonId == child.Id))).ShouldBe(0);

        await app.SubmittedAssessmentAsync(episode, worker);
        var second = await page.PostFormAsync(Links.StartAssessment(child.Id), Form(Today, null, null, ""));
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.HtmlAsync()).ShouldContain("This episode already has a child and family assessment in progress");
        (await app.QueryAsync(db => db.Assessments.CountAsync(a => a.PersonId == child.Id))).ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_author_may_change_the_draft()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker, "Wyn Writer");
        var colleague = await app.CreateUserAsync(Role.SocialWorker);
        var manager = await app.CreateUserAsync(Role.TeamManager);
        var child = await app.CreatePersonAsync("Fay", TestData.UniqueFamilyName());
        var episode = await app.ReferredTodayAsync(child.Id, worker, manager);
        var assessment = await app.InScopeAsync(sp => sp.GetRequiredService<AssessmentService>().StartAsync(episode.Id, CompleteInput(Today), worker.Ctx()));

        var page = await app.SignInAsync(colleague);
        var response = await page.PostFormAsync(Links.EditAssessment(child.Id, assessment.Id), Form(Today, Today, null, "Changed by someone else"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("Only Wyn Writer, who is writing this assessment, can change it");
        (await app.AssessmentAsync(child.Id)).ChildViews.ShouldBe("I feel safe with nan.");
    }
}
