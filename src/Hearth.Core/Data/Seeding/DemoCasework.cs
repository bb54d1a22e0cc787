using Hearth.Core.Assessment;
using Hearth.Core.ChildProtection;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Data.Seeding;

/// <summary>
/// The demo authority's casework so far this year, through the same services as the pages, so the
/// census return, the data-quality page and the child's record have something real to show: a child
/// on a CIN plan, one on a child protection plan, two closed after assessment, and one whose
/// assessment has run past 45 working days (an open census query and an overdue clock).
/// </summary>
internal static class DemoCasework
{
    public static async Task SeedAsync(IServiceProvider services, IReadOnlyDictionary<string, User> users, IReadOnlyList<Guid> children, CancellationToken ct)
    {
        if (children.Count < 5)
        {
            return;
        }
        var today = services.GetRequiredService<TimeProvider>().TodayInEngland();
        DateOnly Ago(int workingDays) => WorkingDays.AddWorkingDays(today, -workingDays);
        var journey = new CaseworkJourney(services, new CaseworkStaff(users["front.door"], users["team.manager"], users["social.worker"], users["iro"]));

        var onCinPlan = await journey.ReferAsync(children[0], Ago(30));
        await journey.AuthorisedAssessmentAsync(onCinPlan.Id, CaseworkJourney.AssessmentOf(Ago(29), ["1B", "16A"], AssessmentOutcome.ChildInNeedPlan, "N1"));
        await journey.FinalCinPlanAsync(onCinPlan.Id, Ago(1), today.AddMonths(1));

        var onCpPlan = await journey.ReferAsync(children[1], Ago(40));
        await journey.StartAssessmentAsync(onCpPlan.Id, CaseworkJourney.AssessmentOf(Ago(39), ["2B"], AssessmentOutcome.StrategyDiscussion, "N1"));
        var enquiry = await journey.Section47Async(onCpPlan.Id, Ago(39));
        await journey.Section47OutcomeAsync(enquiry.Id, Ago(30), Section47Outcome.ConcernsSubstantiatedConferenceNeeded);
        var conference = await journey.InitialConferenceAsync(enquiry.Id, Ago(28), CategoryOfAbuse.Neglect);
        await journey.ReviewConferenceAsync(conference.ChildProtectionPlanId!.Value, Ago(3), CategoryOfAbuse.Emotional);

        var closedAfterAssessment = await journey.ReferAsync(children[2], Ago(25));
        await journey.AuthorisedAssessmentAsync(closedAfterAssessment.Id, CaseworkJourney.AssessmentOf(Ago(24), ["21"], AssessmentOutcome.NoFurtherAction, "N9"));
        await journey.CloseAsync(closedAfterAssessment.Id, today, "RC8");

        var noConference = await journey.ReferAsync(children[3], Ago(35));
        var enquiryWithoutConference = await journey.Section47Async(noConference.Id, Ago(34));
        await journey.Section47OutcomeAsync(enquiryWithoutConference.Id, Ago(30), Section47Outcome.ConferenceNotRequired);
        await journey.AuthorisedAssessmentAsync(noConference.Id, CaseworkJourney.AssessmentOf(Ago(33), ["3A"], AssessmentOutcome.Other, "N2"));
        await journey.CloseAsync(noConference.Id, today, "RC7");

        var lateAssessment = await journey.ReferAsync(children[4], Ago(55));
        await journey.StartAssessmentAsync(lateAssessment.Id, CaseworkJourney.AssessmentOf(Ago(54), ["4B"], AssessmentOutcome.ChildInNeedPlan, "N4"));
    }
}
