using Hearth.Core.LookedAfter;
using Hearth.Core.Statutory;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.LookedAfter;

/// <summary>The pure rules behind the looked-after forms and clocks: PN0 and the age of 4, who needs a PEP, the rules read.</summary>
public class LookedAfterRulesTests
{
    [Fact]
    public void A_child_is_under_4_until_the_day_before_their_fourth_birthday()
    {
        var born = new DateOnly(2022, 2, 21);
        ReviewParticipation.IsUnderFour(born, new DateOnly(2026, 2, 20)).ShouldBeTrue();
        // 903 rule 440 flags PN0 on the birthday itself.
        ReviewParticipation.IsUnderFour(born, new DateOnly(2026, 2, 21)).ShouldBeFalse();
    }

    [Fact]
    public void The_participation_codes_are_PN0_to_PN7_each_with_its_label()
    {
        ReviewParticipation.All.Select(p => p.Code).ShouldBe(["PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7"]);
        ReviewParticipation.IsCode("PN8").ShouldBeFalse();
        ReviewParticipation.Label("PN7").ShouldBe("Child does not attend nor are their views conveyed to the review");
    }

    [Fact]
    public void Compulsory_school_age_ends_on_the_last_Friday_in_June_of_the_school_year_the_child_turns_16()
    {
        // Born 1 Sep 2010: 16 on 1 Sep 2026, in the 2026-27 school year; 30 June 2027 is a Wednesday, so Friday 25 June 2027.
        PersonalEducationPlans.EndOfCompulsorySchoolAge(new DateOnly(2010, 9, 1)).ShouldBe(new DateOnly(2027, 6, 25));
        // Born 31 Aug 2010: 16 on 31 Aug 2026, in the 2025-26 school year; 30 June 2026 is a Tuesday, so Friday 26 June 2026.
        PersonalEducationPlans.EndOfCompulsorySchoolAge(new DateOnly(2010, 8, 31)).ShouldBe(new DateOnly(2026, 6, 26));
    }

    [Fact]
    public void A_PEP_is_needed_from_the_second_birthday_to_the_end_of_compulsory_school_age_and_when_the_age_is_unknown()
    {
        var born = new DateOnly(2010, 9, 1);
        PersonalEducationPlans.RequiredAt(born, new DateOnly(2012, 8, 31)).ShouldBeFalse();
        PersonalEducationPlans.RequiredAt(born, new DateOnly(2012, 9, 1)).ShouldBeTrue();
        PersonalEducationPlans.RequiredAt(born, new DateOnly(2027, 6, 25)).ShouldBeTrue();
        PersonalEducationPlans.RequiredAt(born, new DateOnly(2027, 6, 26)).ShouldBeFalse();
        PersonalEducationPlans.RequiredAt(null, new DateOnly(2027, 6, 26)).ShouldBeTrue();
    }

    [Fact]
    public void Every_event_the_looked_after_rules_read_except_connected_person_approval_is_one_the_projection_emits()
    {
        // Connected-person temporary approval (CPPCR regs 24-25) has no record yet; everything else is projected.
        string[] emitted =
        [
            ClockEventTypes.LookedAfterPeriodStarted, ClockEventTypes.LookedAfterPeriodEnded, ClockEventTypes.CarePlanAgreed,
            ClockEventTypes.PlacementStarted, ClockEventTypes.PlacementEnded, ClockEventTypes.PlacementPlanAgreed,
            ClockEventTypes.PlacementNotificationsSent, ClockEventTypes.LookedAfterVisit, ClockEventTypes.PlacedWithParentBeforeAssessment,
            ClockEventTypes.PlacedWithParentFirstReviewHeld, ClockEventTypes.PlacedWithConnectedPersonOrAtHomeUnderInterimOrder,
            ClockEventTypes.ConnectedPersonOrInterimOrderFirstReviewHeld, ClockEventTypes.CareOrderMadeWhilePlacedAtHome,
            ClockEventTypes.LongTermPlacementFirstYearCompleted, ClockEventTypes.LookedAfterReviewHeld,
            ClockEventTypes.IndependentReviewingOfficerAppointed, ClockEventTypes.InitialHealthAssessmentCompleted,
            ClockEventTypes.HealthAssessmentCompletedUnderFive, ClockEventTypes.HealthAssessmentCompletedAgedFiveOrOver,
            ClockEventTypes.PersonalEducationPlanRequired, ClockEventTypes.PersonalEducationPlanCompleted,
        ];
        var read = StatutoryRuleTable.England.Rules.Where(r => r.Id.StartsWith("lac.", StringComparison.Ordinal) && !r.Id.Contains("connected-person-temporary", StringComparison.Ordinal))
            .SelectMany(r => new[] { r.StartEvent, r.MetByEvent }.Concat(r.AlsoMetBy).Concat(r.StopEvents)).Distinct();
        read.Except(emitted).ShouldBeEmpty();
    }
}
