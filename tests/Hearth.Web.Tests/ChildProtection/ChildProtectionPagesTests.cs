using System.Net;
using System.Net.Http.Json;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.FrontDoor;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.EarlyHelp.EarlyHelpTestData;

namespace Hearth.Web.Tests.ChildProtection;

/// <summary>Strategy discussion, section 47, initial conference, plan and core group through the pages and the API.</summary>
public sealed class ChildProtectionPagesTests(HearthWebApp app)
{
    private async Task<(User Worker, User Chair, Guid ChildId, CinEpisode Episode)> ReferredChildAsync()
    {
        var (frontDoor, manager) = (await app.CreateUserAsync(Role.FrontDoorWorker), await app.CreateUserAsync(Role.TeamManager));
        var worker = await app.CreateUserAsync(Role.SocialWorker);
        var chair = await app.CreateUserAsync(Role.IndependentReviewingOfficer);
        var child = await app.CreatePersonAsync("Mia", TestData.UniqueFamilyName(), new DateOnly(2019, 4, 2));
        var contact = await app.RecordContactAsync(frontDoor, FrontDoorTestData.Contact(child.Id));
        await app.DecideAsync(manager, contact.Id, ThresholdOutcome.ReferralForAssessment);
        var episode = await app.QueryAsync(db => db.CinEpisodes.SingleAsync(e => e.PersonId == child.Id));
        return (worker, chair, child.Id, episode);
    }

    private static Dictionary<string, string> StrategyForm(string decision = "Section47JointWithPolice") => new Dictionary<string, string>
    {
        ["HeldAt"] = "10:30",
        ["PoliceAttendee"] = "DC Priya Shah",
        ["HealthAttendee"] = "Jo Nurse, school nurse",
        ["EducationAttendee"] = "Pat Teacher, DSL",
        ["SocialCareAttendee"] = "Sam Worker",
        ["InformationShared"] = "Bruise on the cheek; no food at home; police attended twice this year",
        ["Decision"] = decision,
        ["AlternativePlan"] = decision == "NoSection47AlternativePlan" ? "Continue the assessment" : "",
        ["ImmediateSafetyActions"] = "Mia stays with her grandmother tonight",
    }.With(Date("HeldOn", Today));

    private static Dictionary<string, string> ConferenceForm(string decision = "Plan", string category = "NEG") => new Dictionary<string, string>
    {
        ["Chair"] = "Chris Chair",
        ["AgenciesAttended"] = "Police",
        ["AgencyReports"] = "Health",
        ["ChildParticipation"] = "ViewsConveyed",
        ["ChildViews"] = "I want my mum to have food in the house",
        ["Decision"] = decision,
        ["Category"] = category,
        ["OutlinePlan"] = "Health visitor weekly; school checks attendance daily; parenting support",
    }.With(Date("Date", Today));

    private async Task<Section47Enquiry> EnquiryNeedingConferenceAsync(User worker, Guid childId)
    {
        var page = await app.SignInAsync(worker);
        (await page.PostFormAsync(Links.RecordStrategyDiscussion(childId), StrategyForm())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var discussion = await app.QueryAsync(db => db.StrategyDiscussions.SingleAsync(d => d.PersonId == childId));
        (await page.PostFormAsync(Links.StartSection47(childId, discussion.Id), Date("StartDate", Today).With(Date("ChildSeenOn", Today)).With(Date("ChildSeenAloneOn", Today))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var enquiry = await app.QueryAsync(db => db.Section47Enquiries.SingleAsync(s => s.PersonId == childId));
        (await page.PostFormAsync(Links.Section47Outcome(childId, enquiry.Id),
            new Dictionary<string, string> { ["Outcome"] = "ConcernsSubstantiatedConferenceNeeded", ["Notes"] = "Neglect substantiated" }.With(Date("OutcomeDate", Today))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return enquiry;
    }

    [Fact]
    public async Task A_transfer_in_conference_deciding_on_a_plan_starts_the_plan_here_and_cannot_come_before_the_notice()
    {
        var (_, chair, childId, episode) = await ReferredChildAsync();
        var page = await app.SignInAsync(chair);
        var url = Links.RecordTransferInConference(childId);
        var early = ConferenceForm().With(new() { ["TransferredFrom"] = "Northshire County Council" }).With(Date("NoticeReceivedOn", Today))
            .With(Date("Date", Today.AddDays(-1)));

        var refused = await page.PostFormAsync(url, early);
        (await refused.HtmlAsync()).ShouldContain("govuk-error-summary");
        (await app.QueryAsync(db => db.ChildProtectionPlans.CountAsync(p => p.PersonId == childId))).ShouldBe(0);

        var saved = await page.PostFormAsync(url, early.With(Date("Date", Today)));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.HtmlAsync());
        var conference = await app.QueryAsync(db => db.InitialChildProtectionConferences.SingleAsync(c => c.PersonId == childId));
        conference.IsTransferIn.ShouldBeTrue();
        conference.TargetDate.ShouldBe(Hearth.Core.Statutory.WorkingDays.AddWorkingDays(Today, 15));
        var plan = await app.QueryAsync(db => db.ChildProtectionPlans.SingleAsync(p => p.PersonId == childId));
        plan.InitialCategory.ShouldBe(CategoryOfAbuse.Neglect);
        plan.EpisodeId.ShouldBe(episode.Id);
        (await page.PageTextAsync(Links.History(childId))).ShouldContain("Transfer-in conference (from Northshire County Council): child protection plan");
    }

    [Fact]
    public async Task Ending_a_plan_because_the_risk_has_reduced_starts_a_draft_step_down_child_in_need_plan()
    {
        var (worker, chair, childId, episode) = await ReferredChildAsync();
        var enquiry = await EnquiryNeedingConferenceAsync(worker, childId);
        (await (await app.SignInAsync(chair)).PostFormAsync(Links.RecordInitialConference(childId, enquiry.Id), ConferenceForm())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var plan = await app.QueryAsync(db => db.ChildProtectionPlans.SingleAsync(p => p.PersonId == childId));

        await app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ChildProtectionService>().EndPlanAsync(plan.Id,
                new PlanEndInput(Today, ChildProtectionPlanEndReason.RiskReduced, "Parents engaged; risk reduced"), chair.Ctx());
            return true;
        });

        var cinPlan = await app.QueryAsync(db => db.ChildInNeedPlans.SingleAsync(p => p.EpisodeId == episode.Id));
        cinPlan.StartDate.ShouldBe(Today);
        (await app.QueryAsync(db => db.ChildProtectionPlans.SingleAsync(p => p.Id == plan.Id))).StepDownCinPlanWeeks.ShouldBe(12);
    }

    [Fact]
    public async Task Strategy_discussion_then_section_47_then_an_ICPC_deciding_on_a_plan_for_neglect_then_the_first_core_group_through_the_pages()
    {
        var (worker, chair, childId, episode) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);
        var overview = await page.PageTextAsync(Links.ChildProtection(childId));
        overview.ShouldContain("data-testid=\"record-strategy-discussion\"");

        var enquiry = await EnquiryNeedingConferenceAsync(worker, childId);
        enquiry.InitialCpcTarget.ShouldBe(StrategyDiscussion.IcpcTargetFrom(Today));
        (await page.PageTextAsync(Links.ChildProtection(childId))).ShouldContain($"{StrategyDiscussion.IcpcTargetFrom(Today):d MMMM yyyy} (15 working days)");

        var chairPage = await app.SignInAsync(chair);
        (await chairPage.PageTextAsync(Links.ChildProtection(childId))).ShouldContain("data-testid=\"record-icpc\"");
        var icpc = await chairPage.PostFormAsync(Links.RecordInitialConference(childId, enquiry.Id), ConferenceForm());
        icpc.StatusCode.ShouldBe(HttpStatusCode.Redirect, await icpc.HtmlAsync());

        var plan = await app.QueryAsync(db => db.ChildProtectionPlans.SingleAsync(p => p.PersonId == childId));
        plan.InitialCategory.ShouldBe(CategoryOfAbuse.Neglect);
        plan.StartDate.ShouldBe(Today);
        plan.PreviousPlans.ShouldBe(0);
        plan.EpisodeId.ShouldBe(episode.Id);
        var conference = await app.QueryAsync(db => db.InitialChildProtectionConferences.SingleAsync(c => c.PersonId == childId));
        conference.ChildProtectionPlanId.ShouldBe(plan.Id);
        conference.Agencies.ShouldContain(a => a.Agency == Agency.Police && a.Attended && !a.ReportSubmitted);
        conference.Agencies.ShouldContain(a => a.Agency == Agency.Health && !a.Attended && a.ReportSubmitted);

        var html = await page.PageTextAsync(Links.ChildProtection(childId));
        html.ShouldContain("data-testid=\"cp-plan\"");
        html.ShouldContain("data-testid=\"icpc-on-time\"");
        html.ShouldContain("Neglect (NEG)");
        html.ShouldContain("data-testid=\"record-core-group\"");

        var core = await page.PostFormAsync(Links.RecordCoreGroup(childId, plan.Id),
            new Dictionary<string, string> { ["Attendees"] = "Mum, health visitor, school", ["Notes"] = "Food parcels arranged; attendance 100% this week" }.With(Date("Date", Today)));
        core.StatusCode.ShouldBe(HttpStatusCode.Redirect, await core.HtmlAsync());
        core.Headers.Location!.ToString().ShouldBe(Links.ChildProtectionPlan(childId, plan.Id));
        (await app.QueryAsync(db => db.CoreGroupMeetings.CountAsync(m => m.PlanId == plan.Id))).ShouldBe(1);
        (await page.PageTextAsync(Links.ChildProtection(childId))).ShouldContain("Held " + Today.ToString("d MMMM yyyy"));

        var events = await app.QueryAsync(db => db.ProcessEvents.Where(e => e.Subjects.Any(s => s.PersonId == childId)).Select(e => e.EventType).ToListAsync());
        events.ShouldContain("StrategyDiscussionRecorded");
        events.ShouldContain("Section47EnquiryStarted");
        events.ShouldContain("Section47OutcomeRecorded");
        events.ShouldContain("InitialChildProtectionConferenceHeld");
        events.ShouldContain("ChildProtectionPlanStarted");
        events.ShouldContain("CoreGroupMeetingRecorded");
        (await page.PageTextAsync(Links.History(childId))).ShouldContain("Child protection plan started on");
    }

    [Fact]
    public async Task No_plan_is_made_by_a_conference_before_the_enquiry_found_a_conference_is_needed_nor_by_one_that_decided_on_no_plan()
    {
        var (worker, chair, childId, _) = await ReferredChildAsync();
        var page = await app.SignInAsync(worker);
        await page.PostFormAsync(Links.RecordStrategyDiscussion(childId), StrategyForm());
        var discussion = await app.QueryAsync(db => db.StrategyDiscussions.SingleAsync(d => d.PersonId == childId));
        await page.PostFormAsync(Links.StartSection47(childId, discussion.Id), Date("StartDate", Today));
        var enquiry = await app.QueryAsync(db => db.Section47Enquiries.SingleAsync(s => s.PersonId == childId));
        var chairPage = await app.SignInAsync(chair);

        var early = await chairPage.PostFormAsync(Links.RecordInitialConference(childId, enquiry.Id), ConferenceForm());

        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await early.HtmlAsync()).ShouldContain("Record the enquiry’s outcome as “concerns substantiated: initial child protection conference needed” before the conference");
        (await app.QueryAsync(db => db.ChildProtectionPlans.CountAsync(p => p.PersonId == childId))).ShouldBe(0);

        await page.PostFormAsync(Links.Section47Outcome(childId, enquiry.Id),
            new Dictionary<string, string> { ["Outcome"] = "ConcernsSubstantiatedConferenceNeeded" }.With(Date("OutcomeDate", Today)));
        var noCategory = await chairPage.PostFormAsync(Links.RecordInitialConference(childId, enquiry.Id), ConferenceForm(category: ""));
        (await noCategory.HtmlAsync()).ShouldContain("Select the category of abuse");
        (await chairPage.PostFormAsync(Links.RecordInitialConference(childId, enquiry.Id), ConferenceForm(decision: "NoPlan", category: "")))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.ChildProtectionPlans.CountAsync(p => p.PersonId == childId))).ShouldBe(0);
        (await app.QueryAsync(db => db.InitialChildProtectionConferences.CountAsync(c => c.PersonId == childId))).ShouldBe(1);
    }

    [Fact]
    public async Task The_API_has_no_route_that_creates_a_plan_and_its_initial_conference_route_refuses_a_plan_without_a_conference_decision()
    {
        var (worker, chair, childId, _) = await ReferredChildAsync();
        var workerApi = await app.ApiClientAsync(worker);
        var api = await app.ApiClientAsync(chair);
        var page = await app.SignInAsync(worker);
        await page.PostFormAsync(Links.RecordStrategyDiscussion(childId), StrategyForm());
        var discussion = await app.QueryAsync(db => db.StrategyDiscussions.SingleAsync(d => d.PersonId == childId));
        await page.PostFormAsync(Links.StartSection47(childId, discussion.Id), Date("StartDate", Today));
        var enquiry = await app.QueryAsync(db => db.Section47Enquiries.SingleAsync(s => s.PersonId == childId));

        var direct = await workerApi.PostAsJsonAsync("/api/v1/child-protection-plans", new { personId = childId, category = "NEG", startDate = Today });
        direct.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);

        var body = new { date = Today, chair = "Chris Chair", decision = "Plan", category = "NEG", outlinePlan = "Weekly health visits", agencies = new[] { new { agency = "Police", attended = true, reportSubmitted = true } } };
        var beforeOutcome = await api.PostAsJsonAsync($"/api/v1/section-47-enquiries/{enquiry.Id}/initial-conference", body);
        beforeOutcome.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await beforeOutcome.Content.ReadAsStringAsync());

        (await workerApi.PostAsJsonAsync($"/api/v1/section-47-enquiries/{enquiry.Id}/initial-conference", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.ChildProtectionPlans.CountAsync(p => p.PersonId == childId))).ShouldBe(0);

        await page.PostFormAsync(Links.Section47Outcome(childId, enquiry.Id),
            new Dictionary<string, string> { ["Outcome"] = "ConcernsSubstantiatedConferenceNeeded" }.With(Date("OutcomeDate", Today)));
        var made = await api.PostAsJsonAsync($"/api/v1/section-47-enquiries/{enquiry.Id}/initial-conference", body);
        made.StatusCode.ShouldBe(HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
        var overview = await workerApi.GetFromJsonAsync<ChildProtectionView>($"/api/v1/people/{childId}/child-protection");
        var plan = overview!.Plans.ShouldHaveSingleItem();
        plan.InitialCategory.ShouldBe("NEG");
        plan.InitialConferenceId.ShouldBe(overview.Conferences.ShouldHaveSingleItem().Id);
    }

    [Fact]
    public async Task Child_protection_work_on_a_closed_episode_is_refused_and_nothing_is_saved()
    {
        var (worker, _, childId, episode) = await ReferredChildAsync();
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Hearth.Core.Data.HearthDbContext>();
            var e = await db.CinEpisodes.SingleAsync(x => x.Id == episode.Id);
            e.Close(Today, "RC8", referralNfa: false);
            await db.SaveChangesAsync();
            return true;
        });
        var page = await app.SignInAsync(worker);

        var response = await page.PostFormAsync(Links.RecordStrategyDiscussion(childId), StrategyForm());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("This child has no open child in need episode");
        var refused = await Should.ThrowAsync<Hearth.Core.Validation.ValidationFailedException>(() => app.InScopeAsync(sp =>
            sp.GetRequiredService<ChildProtectionService>().RecordStrategyDiscussionAsync(episode.Id,
                new StrategyDiscussionInput(Today, new TimeOnly(9, 0), [new() { Name = "DC Shah", Agency = Agency.Police }], "Info",
                    StrategyDecision.Section47SingleAgency, null, "None needed"), worker.Ctx())));
        refused.Message.ShouldContain("Reopen it before recording more work");
        (await app.QueryAsync(db => db.StrategyDiscussions.CountAsync(d => d.PersonId == childId))).ShouldBe(0);
    }

    private sealed record ChildProtectionView(List<ConferenceView> Conferences, List<PlanView> Plans);

    private sealed record ConferenceView(Guid Id);

    private sealed record PlanView(Guid Id, string InitialCategory, Guid InitialConferenceId);
}
