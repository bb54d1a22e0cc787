using Hearth.Core.Assessment;
using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.People.CodeLists;
using Hearth.Core.People.Identity;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Web.Tests.FrontDoor;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Returns;

/// <summary>
/// Casework for the census tests, made only through the real services (contact, threshold decision,
/// assessment, CIN plan, strategy discussion, section 47, conferences, closure), on dates in the
/// current collection year.
/// </summary>
public sealed class CensusJourneys(HearthWebApp app)
{
    private static readonly Random Random = new();

    public static DateOnly Today => EarlyHelp.EarlyHelpTestData.Today;

    /// <summary>The working day <paramref name="n"/> working days before today (never a weekend or bank holiday).</summary>
    public static DateOnly WorkingDaysAgo(int n) => WorkingDays.AddWorkingDays(Today, -n);

    public static string NewUpn() => UniquePupilNumber.CreateSynthetic(Random, 919).Value;

    public User FrontDoor { get; private set; } = null!;
    public User Manager { get; private set; } = null!;
    public User Worker { get; private set; } = null!;
    public User Chair { get; private set; } = null!;

    public async Task<CensusJourneys> WithStaffAsync()
    {
        FrontDoor = await app.CreateUserAsync(Role.FrontDoorWorker);
        Manager = await app.CreateUserAsync(Role.TeamManager);
        Worker = await app.CreateUserAsync(Role.SocialWorker);
        Chair = await app.CreateUserAsync(Role.IndependentReviewingOfficer);
        return this;
    }

    /// <summary>A school-age child with everything the census asks of a person: UPN, sex, ethnicity, disabilities (NONE).</summary>
    public Task<Person> ChildAsync(string given, string sex = "F", string? upn = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<PersonService>().RecordPersonAsync(new PersonDetails
        {
            GivenNames = given,
            FamilyName = TestData.UniqueFamilyName(),
            DateOfBirth = new DateOnly(2015, 3, 27),
            Sex = sex,
            EthnicityCode = "WBRI",
            Upn = upn ?? NewUpn(),
            Disabilities = [Disability.None],
        }, null, ProcessContext.System("test"), default));

    /// <summary>A contact received on <paramref name="on"/> as a referral, decided as one: opens the episode referred that day.</summary>
    public async Task<CinEpisode> ReferAsync(Guid childId, DateOnly on)
    {
        var received = DateTime.SpecifyKind(on.ToDateTime(new TimeOnly(10, 0)), DateTimeKind.Utc);
        var contact = await app.RecordContactAsync(FrontDoor, FrontDoorTestData.Contact(childId) with { ReceivedAt = received, IsReferral = true });
        await app.DecideAsync(Manager, contact.Id, ThresholdOutcome.ReferralForAssessment);
        return await app.QueryAsync(db => db.CinEpisodes.SingleAsync(e => e.PersonId == childId && e.CloseDate == null));
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

    /// <summary>An assessment started on <paramref name="start"/> and left as a draft.</summary>
    public Task<ChildAndFamilyAssessment> StartAssessmentAsync(Guid episodeId, AssessmentInput input) =>
        app.InScopeAsync(sp => sp.GetRequiredService<AssessmentService>().StartAsync(episodeId, input, Worker.Ctx()));

    /// <summary>An assessment started, submitted by the worker and authorised by the manager (today: authorisation is always the day it is done).</summary>
    public Task<ChildAndFamilyAssessment> AuthorisedAssessmentAsync(Guid episodeId, AssessmentInput input) =>
        app.InScopeAsync(async sp =>
        {
            var service = sp.GetRequiredService<AssessmentService>();
            var assessment = await service.StartAsync(episodeId, input, Worker.Ctx());
            await service.SubmitAsync(assessment.Id, Worker.Ctx());
            await service.AuthoriseAsync(assessment.Id, Manager.Ctx());
            return assessment;
        });

    /// <summary>A CIN plan starting on <paramref name="start"/>, with an outcome and an owned, dated action, finalised.</summary>
    public Task<ChildInNeedPlan> FinalCinPlanAsync(Guid episodeId, DateOnly start) =>
        app.InScopeAsync(async sp =>
        {
            var plans = sp.GetRequiredService<ChildInNeedPlans>();
            var plan = await plans.DraftAsync(episodeId, start, Worker.Ctx());
            var outcome = await plans.AddOutcomeAsync(plan.Id, new CinOutcomeInput("Gets to school on time every day", null), Worker.Ctx());
            await plans.AddActionAsync(outcome.Id, new CinActionInput("Morning routine support", "Family support worker", Today.AddMonths(1)), Worker.Ctx());
            await plans.FinaliseAsync(plan.Id, Worker.Ctx());
            return plan;
        });

    /// <summary>A strategy discussion on <paramref name="heldOn"/> deciding on a section 47, and the enquiry started that day.</summary>
    public Task<Section47Enquiry> Section47Async(Guid episodeId, DateOnly heldOn) =>
        app.InScopeAsync(async sp =>
        {
            var cp = sp.GetRequiredService<ChildProtectionService>();
            var discussion = await cp.RecordStrategyDiscussionAsync(episodeId, new StrategyDiscussionInput(heldOn, new TimeOnly(10, 30),
                [new StrategyDiscussionAttendee { Name = "DC Priya Shah", Agency = Agency.Police }, new StrategyDiscussionAttendee { Name = "Sam Worker", Agency = Agency.ChildrensSocialCare }],
                "Bruise on the cheek; no food at home", StrategyDecision.Section47JointWithPolice, null, "Stays with nan tonight"), Worker.Ctx());
            return await cp.StartSection47Async(discussion.Id, new Section47StartInput(heldOn, heldOn, heldOn, null, null), Worker.Ctx());
        });

    public Task<bool> Section47OutcomeAsync(Guid enquiryId, DateOnly on, Section47Outcome outcome) =>
        app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ChildProtectionService>().RecordSection47OutcomeAsync(enquiryId,
                new Section47OutcomeInput(on, outcome, "Reasons for the outcome"), Worker.Ctx());
            return true;
        });

    /// <summary>An initial conference on <paramref name="on"/> deciding on a plan under <paramref name="category"/>.</summary>
    public Task<InitialChildProtectionConference> InitialConferenceAsync(Guid enquiryId, DateOnly on, CategoryOfAbuse category) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ChildProtectionService>().RecordInitialConferenceAsync(enquiryId,
            new InitialConferenceInput(on, "Chris Chair", [new ConferenceAgency { Agency = Agency.Police, Attended = true, ReportSubmitted = true }],
                false, false, true, "I want food in the house", ConferenceDecision.Plan, category, "Health visitor weekly; school checks attendance"),
            Chair.Ctx()));

    public Task<ReviewChildProtectionConference> ReviewConferenceAsync(Guid planId, DateOnly on, CategoryOfAbuse latest) =>
        app.InScopeAsync(sp => sp.GetRequiredService<ChildProtectionService>().RecordReviewConferenceAsync(planId,
            new ReviewConferenceInput(on, "Chris Chair", true, latest, null, "Plan continues"), Chair.Ctx()));

    public Task<bool> CloseAsync(Guid episodeId, DateOnly on, string reason) =>
        app.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ChildInNeedEpisodes>().CloseAsync(episodeId, new CinClosureInput(on, reason, "Closure summary"), Manager.Ctx());
            return true;
        });

    /// <summary>The census for one child, as the in-year checks build it (the current year, taken today).</summary>
    public Task<CensusMessage> BuildAsync(Guid personId, CensusYear? year = null, DateOnly? asAt = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CinCensusBuilder>()
            .BuildAsync(year ?? CensusYear.Containing(Today), new CensusScope(PersonId: personId, AsAt: asAt)));

    public static string Describe(IEnumerable<CensusFinding> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => $"{f.RuleCode} {f.LaChildId} {f.Table}.{f.Field}={f.Value ?? "(none)"}: {f.Message}"));
}
