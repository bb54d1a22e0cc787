using System.Net;
using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.EarlyHelp;

/// <summary>An early help episode through its pages: request with consent, assessment, meetings and reviews, closure.</summary>
public sealed class EarlyHelpEpisodePagesTests(HearthWebApp app)
{
    private Task<List<EarlyHelpEpisode>> EpisodesAsync(Guid childId) =>
        app.QueryAsync(db => db.EarlyHelpEpisodes.Include(e => e.Meetings).Where(e => e.PersonId == childId).ToListAsync());

    private Task<List<string>> EventTypesAsync(Guid childId) =>
        app.QueryAsync(db => db.ProcessEvents.Where(e => e.Subjects.Any(s => s.PersonId == childId)).OrderBy(e => e.Id).Select(e => e.EventType).ToListAsync());

    [Fact]
    public async Task A_request_with_the_family_consent_opens_an_episode_shown_on_the_early_help_page_and_in_the_history()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.RequestEarlyHelp(child.Id), new Dictionary<string, string>
        {
            ["RequestedBy"] = "School",
            ["Reason"] = "Attendance has fallen and mum asked the school for help",
            ["ConsentGiven"] = "true",
        }.With(Date("RequestedOn", Today.AddDays(-2))).With(Date("ConsentDate", Today.AddDays(-1))));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var episode = (await EpisodesAsync(child.Id)).ShouldHaveSingleItem();
        episode.RequestedOn.ShouldBe(Today.AddDays(-2));
        episode.ConsentDate.ShouldBe(Today.AddDays(-1));
        episode.RequestedBy.ShouldBe(EarlyHelpRequester.School);
        response.Headers.Location!.ToString().ShouldBe(Links.EarlyHelpEpisode(child.Id, episode.Id));
        var html = await page.PageTextAsync(Links.EarlyHelp(child.Id));
        html.ShouldContain("data-testid=\"episode-open\"");
        html.ShouldContain("Attendance has fallen and mum asked the school for help");
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Early help requested by school or college");
        (await EventTypesAsync(child.Id)).ShouldContain("EarlyHelpRequested");
    }

    [Fact]
    public async Task A_request_without_consent_is_refused_with_GOV_UK_errors_and_nothing_is_saved()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.RequestEarlyHelp(child.Id),
            new Dictionary<string, string> { ["RequestedBy"] = "Family", ["Reason"] = "" }.With(Date("RequestedOn", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("data-testid=\"error-summary\"");
        html.ShouldContain("Early help is voluntary: record the request once the family has given consent");
        html.ShouldContain("Enter what help the family needs");
        html.ShouldContain("href=\"#ConsentGiven\"");
        (await EpisodesAsync(child.Id)).ShouldBeEmpty();
        (await EventTypesAsync(child.Id)).ShouldNotContain("EarlyHelpRequested");
    }

    [Fact]
    public async Task A_date_that_is_not_a_real_date_is_refused_and_nothing_is_saved()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.RequestEarlyHelp(child.Id), new Dictionary<string, string>
        {
            ["RequestedOn.Day"] = "31",
            ["RequestedOn.Month"] = "2",
            ["RequestedOn.Year"] = "2026",
            ["RequestedBy"] = "Family",
            ["Reason"] = "Help",
            ["ConsentGiven"] = "true",
        }.With(Date("ConsentDate", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("data-testid=\"error-summary\"");
        (await EpisodesAsync(child.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_second_request_while_an_episode_is_open_is_refused()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.RequestEarlyHelp(child.Id), new Dictionary<string, string>
        {
            ["RequestedBy"] = "Family",
            ["Reason"] = "Help again",
            ["ConsentGiven"] = "true",
        }.With(Date("RequestedOn", Today)).With(Date("ConsentDate", Today)));

        (await response.HtmlAsync()).ShouldContain("This child already has an open early help episode");
        (await EpisodesAsync(child.Id)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_assessment_records_the_lead_professional_and_the_needs_and_its_changes_show_in_the_history()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var episode = await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.EarlyHelpAssessment(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["LeadProfessionalName"] = "Ann Lee",
            ["LeadOrganisation"] = "Parkside Primary",
            ["NeedsIdentified"] = "Routines at home; attendance",
        }.With(Date("StartDate", Today.AddDays(-20))).With(Date("CompletedDate", Today.AddDays(-5))));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = (await EpisodesAsync(child.Id)).Single();
        saved.LeadProfessionalName.ShouldBe("Ann Lee");
        saved.AssessmentCompletedDate.ShouldBe(Today.AddDays(-5));
        var html = await page.PageTextAsync(Links.EarlyHelp(child.Id));
        html.ShouldContain("Ann Lee, Parkside Primary");
        html.ShouldContain("Routines at home; attendance");
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Early help assessment completed on");
        (await page.PageTextAsync(Links.Person(child.Id))).ShouldContain("lead professional Ann Lee (Parkside Primary)");
    }

    [Fact]
    public async Task An_assessment_completed_before_it_started_is_refused_and_nothing_changes()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var episode = await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.EarlyHelpAssessment(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["LeadProfessionalName"] = "Ann Lee",
            ["LeadOrganisation"] = "Parkside Primary",
            ["NeedsIdentified"] = "Routines",
        }.With(Date("StartDate", Today.AddDays(-5))).With(Date("CompletedDate", Today.AddDays(-6))));

        var html = await response.HtmlAsync();
        html.ShouldContain("The date the assessment was completed must be the same as or after the date it started");
        html.ShouldContain("href=\"#CompletedDate_Day\"");
        (await EpisodesAsync(child.Id)).Single().AssessmentStartDate.ShouldBeNull();
        (await EventTypesAsync(child.Id)).ShouldNotContain("EarlyHelpAssessmentRecorded");
    }

    [Fact]
    public async Task A_team_around_the_family_meeting_is_added_and_listed()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var episode = await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.AddEarlyHelpMeeting(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["Kind"] = "TeamAroundTheFamily",
            ["Attendees"] = "Mum, class teacher, health visitor",
            ["Notes"] = "Plan agreed: morning routine chart",
        }.With(Date("Date", Today.AddDays(-1))));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await EpisodesAsync(child.Id)).Single().Meetings.ShouldHaveSingleItem().Kind.ShouldBe(EarlyHelpMeetingKind.TeamAroundTheFamily);
        var html = await page.PageTextAsync(Links.EarlyHelp(child.Id));
        html.ShouldContain("Plan agreed: morning routine chart");
        (await EventTypesAsync(child.Id)).ShouldContain("EarlyHelpMeetingRecorded");
    }

    [Fact]
    public async Task A_meeting_dated_in_the_future_is_refused_and_nothing_is_saved()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var episode = await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.AddEarlyHelpMeeting(child.Id, episode.Id), new Dictionary<string, string>
        {
            ["Kind"] = "PlanReview",
            ["Attendees"] = "Mum",
            ["Notes"] = "Review",
        }.With(Date("Date", Today.AddDays(3))));

        (await response.HtmlAsync()).ShouldContain("The date of the meeting must be today or in the past");
        (await EpisodesAsync(child.Id)).Single().Meetings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Closing_with_an_outcome_closes_the_episode_and_another_request_can_follow()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var episode = await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.CloseEarlyHelp(child.Id, episode.Id),
            new Dictionary<string, string> { ["Outcome"] = "NeedsMet" }.With(Date("ClosedOn", Today)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = (await EpisodesAsync(child.Id)).Single();
        closed.ClosedOn.ShouldBe(Today);
        closed.ClosureOutcome.ShouldBe(EarlyHelpClosureOutcome.NeedsMet);
        (await page.PageTextAsync(Links.EarlyHelp(child.Id))).ShouldContain("data-testid=\"request-early-help\"");
        (await page.PageTextAsync(Links.History(child.Id))).ShouldContain("Early help closed on");
    }

    [Fact]
    public async Task Closing_with_no_outcome_is_refused_and_the_episode_stays_open()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var episode = await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.CloseEarlyHelp(child.Id, episode.Id),
            new Dictionary<string, string> { ["Outcome"] = "NotAnOutcome" }.With(Date("ClosedOn", Today.AddDays(-40))));

        var html = await response.HtmlAsync();
        html.ShouldContain("Select the outcome");
        html.ShouldContain("The date the episode closed must be on or after");
        (await EpisodesAsync(child.Id)).Single().IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task The_child_record_shows_an_early_help_card_linking_to_the_early_help_page()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var page = await app.SignInAsync(worker);

        var before = await page.PageTextAsync(Links.Person(child.Id));
        await app.RequestEarlyHelpAsync(child.Id, worker);
        var after = await page.PageTextAsync(Links.Person(child.Id));

        before.ShouldContain("data-testid=\"early-help-card\"");
        before.ShouldContain($"href=\"{Links.EarlyHelp(child.Id)}\"");
        after.ShouldContain($"since {Today.AddDays(-30):d MMMM yyyy}");
    }

    [Fact]
    public async Task An_episode_of_another_child_answers_not_found()
    {
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var child = await app.CreatePersonAsync("Ivy", TestData.UniqueFamilyName());
        var other = await app.CreatePersonAsync("Oscar", TestData.UniqueFamilyName());
        var episode = await app.RequestEarlyHelpAsync(child.Id, worker);
        var page = await app.SignInAsync(worker);

        (await page.GetAsync(Links.EarlyHelpAssessment(other.Id, episode.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var post = await page.PostFormAsync(Links.CloseEarlyHelp(other.Id, episode.Id),
            new Dictionary<string, string> { ["Outcome"] = "NeedsMet" }.With(Date("ClosedOn", Today)), formPage: Links.RequestEarlyHelp(other.Id));
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await EpisodesAsync(child.Id)).Single().IsOpen.ShouldBeTrue();
    }
}
