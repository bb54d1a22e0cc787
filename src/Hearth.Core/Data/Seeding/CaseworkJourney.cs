using Hearth.Core.Assessment;
using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.FrontDoor;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Data.Seeding;

/// <summary>The staff a journey needs: the front door records, the manager decides and authorises, the worker works, the chair chairs.</summary>
public sealed record CaseworkStaff(User FrontDoor, User Manager, User Worker, User Chair);

/// <summary>
/// Casework made only through the real services, step by step on past dates (contact, threshold
/// decision, assessment, CIN plan, strategy discussion, section 47, conferences, closure): the demo
/// authority's year of activity and the census tests both build theirs with it.
/// </summary>
public sealed class CaseworkJourney(IServiceProvider services, CaseworkStaff staff)
{
    private ProcessContext Worker => Ctx(staff.Worker);
    private ProcessContext Manager => Ctx(staff.Manager);
    private ProcessContext Chair => Ctx(staff.Chair);

    private static ProcessContext Ctx(User user) => new(user.Id, user.DisplayName);

    private T Service<T>() where T : notnull => services.GetRequiredService<T>();

    /// <summary>A referral received on <paramref name="on"/> at 10am and decided as one: opens the episode referred that day.</summary>
    public async Task<CinEpisode> ReferAsync(Guid childId, DateOnly on, string concern = "School reports a disclosure and repeated unexplained absences.")
    {
        var contact = await Service<ContactRecording>().RecordAsync(new ContactInput
        {
            SubmissionKey = Guid.NewGuid(),
            ReceivedAt = DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(10, 0)), DateTimeKind.Utc),
            Channel = ContactChannel.Phone,
            Type = ContactType.Concern,
            IsReferral = true,
            ReferrerName = "Designated safeguarding lead",
            ReferrerOrganisation = "Hearthton Primary School",
            ReferralSource = "2A",
            Consent = ConsentStatus.Given,
            Concern = concern,
            Children = [childId],
        }, Ctx(staff.FrontDoor));
        await Service<ThresholdDecisions>().DecideAsync(contact.Id, ThresholdOutcome.ReferralForAssessment,
            "The concerns need a child and family assessment.", Manager);
        return await Service<HearthDbContext>().CinEpisodes.SingleAsync(e => e.PersonId == childId && e.CloseDate == null);
    }

    public static AssessmentInput AssessmentOf(DateOnly start, string[] factors, AssessmentOutcome outcome, string primaryNeed = "N1") => new()
    {
        StartDate = start,
        ChildSeenDate = start,
        ChildSeenAloneDate = start,
        ChildViews = "I like school and my nan.",
        HowViewsGathered = "Seen alone at school",
        Analysis = "Analysis of risks and protective factors.",
        Factors = factors,
        Recommendation = "As the outcome says",
        Outcome = outcome,
        PrimaryNeedCode = primaryNeed,
    };

    /// <summary>An assessment started and left with the worker.</summary>
    public Task<ChildAndFamilyAssessment> StartAssessmentAsync(Guid episodeId, AssessmentInput input) =>
        Service<AssessmentService>().StartAsync(episodeId, input, Worker);

    /// <summary>An assessment started, submitted and authorised by the manager (authorisation is dated the day it is done).</summary>
    public async Task<ChildAndFamilyAssessment> AuthorisedAssessmentAsync(Guid episodeId, AssessmentInput input)
    {
        var service = Service<AssessmentService>();
        var assessment = await service.StartAsync(episodeId, input, Worker);
        await service.SubmitAsync(assessment.Id, Worker);
        await service.AuthoriseAsync(assessment.Id, Manager);
        return assessment;
    }

    /// <summary>A CIN plan starting on <paramref name="start"/>, with an outcome and an owned, dated action, finalised.</summary>
    public async Task<ChildInNeedPlan> FinalCinPlanAsync(Guid episodeId, DateOnly start, DateOnly actionBy)
    {
        var plans = Service<ChildInNeedPlans>();
        var plan = await plans.DraftAsync(episodeId, start, Worker);
        var outcome = await plans.AddOutcomeAsync(plan.Id, new CinOutcomeInput("Gets to school on time every day", null), Worker);
        await plans.AddActionAsync(outcome.Id, new CinActionInput("Morning routine support", "Family support worker", actionBy), Worker);
        await plans.FinaliseAsync(plan.Id, Worker);
        return plan;
    }

    /// <summary>A strategy discussion on <paramref name="heldOn"/> deciding on a section 47, and the enquiry started that day.</summary>
    public async Task<Section47Enquiry> Section47Async(Guid episodeId, DateOnly heldOn)
    {
        var cp = Service<ChildProtectionService>();
        var discussion = await cp.RecordStrategyDiscussionAsync(episodeId, new StrategyDiscussionInput(heldOn, new TimeOnly(10, 30),
            [new StrategyDiscussionAttendee { Name = "DC Priya Shah", Agency = Agency.Police }, new StrategyDiscussionAttendee { Name = "Sam Worker", Agency = Agency.ChildrensSocialCare }],
            "Bruise on the cheek; no food at home", StrategyDecision.Section47JointWithPolice, null, "Stays with nan tonight"), Worker);
        return await cp.StartSection47Async(discussion.Id, new Section47StartInput(heldOn, heldOn, heldOn, null, null), Worker);
    }

    public Task Section47OutcomeAsync(Guid enquiryId, DateOnly on, Section47Outcome outcome) =>
        Service<ChildProtectionService>().RecordSection47OutcomeAsync(enquiryId, new Section47OutcomeInput(on, outcome, "Reasons for the outcome"), Worker);

    /// <summary>An initial conference on <paramref name="on"/> deciding on a plan under <paramref name="category"/>.</summary>
    public Task<InitialChildProtectionConference> InitialConferenceAsync(Guid enquiryId, DateOnly on, CategoryOfAbuse category) =>
        Service<ChildProtectionService>().RecordInitialConferenceAsync(enquiryId,
            new InitialConferenceInput(on, "Chris Chair", [new ConferenceAgency { Agency = Agency.Police, Attended = true, ReportSubmitted = true }],
                false, false, true, "I want food in the house", ConferenceDecision.Plan, category, "Health visitor weekly; school checks attendance"),
            Chair);

    public Task<ReviewChildProtectionConference> ReviewConferenceAsync(Guid planId, DateOnly on, CategoryOfAbuse latest) =>
        Service<ChildProtectionService>().RecordReviewConferenceAsync(planId, new ReviewConferenceInput(on, "Chris Chair", true, latest, null, "Plan continues"), Chair);

    public Task CloseAsync(Guid episodeId, DateOnly on, string reason) =>
        Service<ChildInNeedEpisodes>().CloseAsync(episodeId, new CinClosureInput(on, reason, "Closure summary"), Manager);
}
