using Hearth.Core.Assessment;
using Hearth.Core.Audit;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.Data.Seeding;
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

    private CaseworkStaff Staff => new(FrontDoor, Manager, Worker, Chair);

    /// <summary>One step of casework through the real services, in a scope of its own as a request has.</summary>
    private Task<T> Step<T>(Func<CaseworkJourney, Task<T>> step) => app.InScopeAsync(sp => step(new CaseworkJourney(sp, Staff)));

    private Task<bool> Step(Func<CaseworkJourney, Task> step) => Step(async j =>
    {
        await step(j);
        return true;
    });

    /// <summary>A contact received on <paramref name="on"/> as a referral, decided as one: opens the episode referred that day.</summary>
    public Task<CinEpisode> ReferAsync(Guid childId, DateOnly on) => Step(j => j.ReferAsync(childId, on));

    public static AssessmentInput AssessmentOf(DateOnly start, string[] factors, AssessmentOutcome outcome, string primaryNeed = "N1") =>
        CaseworkJourney.AssessmentOf(start, factors, outcome, primaryNeed);

    public Task<ChildAndFamilyAssessment> StartAssessmentAsync(Guid episodeId, AssessmentInput input) => Step(j => j.StartAssessmentAsync(episodeId, input));

    public Task<ChildAndFamilyAssessment> AuthorisedAssessmentAsync(Guid episodeId, AssessmentInput input) => Step(j => j.AuthorisedAssessmentAsync(episodeId, input));

    public Task<ChildInNeedPlan> FinalCinPlanAsync(Guid episodeId, DateOnly start) => Step(j => j.FinalCinPlanAsync(episodeId, start, Today.AddMonths(1)));

    public Task<Section47Enquiry> Section47Async(Guid episodeId, DateOnly heldOn) => Step(j => j.Section47Async(episodeId, heldOn));

    public Task<bool> Section47OutcomeAsync(Guid enquiryId, DateOnly on, Section47Outcome outcome) => Step(j => j.Section47OutcomeAsync(enquiryId, on, outcome));

    public Task<InitialChildProtectionConference> InitialConferenceAsync(Guid enquiryId, DateOnly on, CategoryOfAbuse category) =>
        Step(j => j.InitialConferenceAsync(enquiryId, on, category));

    public Task<ReviewChildProtectionConference> ReviewConferenceAsync(Guid planId, DateOnly on, CategoryOfAbuse latest) =>
        Step(j => j.ReviewConferenceAsync(planId, on, latest));

    public Task<bool> CloseAsync(Guid episodeId, DateOnly on, string reason) => Step(j => j.CloseAsync(episodeId, on, reason));

    /// <summary>The census for one child, as the in-year checks build it (the current year, taken today).</summary>
    public Task<CensusMessage> BuildAsync(Guid personId, CensusYear? year = null, DateOnly? asAt = null) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CinCensusBuilder>()
            .BuildAsync(year ?? CensusYear.Containing(Today), new CensusScope(PersonId: personId, AsAt: asAt)));

    public static string Describe(IEnumerable<CensusFinding> findings) =>
        string.Join(Environment.NewLine, findings.Select(f => $"{f.RuleCode} {f.LaChildId} {f.Table}.{f.Field}={f.Value ?? "(none)"}: {f.Message}"));
}
