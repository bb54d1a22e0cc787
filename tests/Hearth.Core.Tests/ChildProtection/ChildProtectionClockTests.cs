using Hearth.Core.ChildProtection;
using Hearth.Core.Statutory;
using Hearth.Core.Validation;
using Shouldly;
using Xunit;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.Tests.ChildProtection;

public sealed class ChildProtectionClockTests
{
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly ObligationEngine Engine = new(HolidayCalendar.EnglandAndWales);
    private static readonly StatutoryRuleTable Rules = StatutoryRuleTable.England;

    private static readonly StrategyDiscussionAttendee[] Attendees = [new() { Name = "DC Shah", Agency = Agency.Police }];

    private static StrategyDiscussion Discussion(DateOnly heldOn, StrategyDecision decision = StrategyDecision.Section47JointWithPolice) =>
        StrategyDiscussion.Record(Guid.NewGuid(), Child, heldOn.AddDays(-3),
            new StrategyDiscussionInput(heldOn, new TimeOnly(10, 0), Attendees, "Bruising seen at school", decision,
                decision == StrategyDecision.NoSection47AlternativePlan ? "CIN assessment" : null, "Child stays with grandmother"),
            heldOn.AddYears(5), DateTime.UtcNow, "Sam Worker");

    private static Section47Enquiry Enquiry(StrategyDiscussion d)
    {
        var enquiry = Section47Enquiry.Start(d, new Section47StartInput(d.HeldOn, d.HeldOn, d.HeldOn, null, null), d.HeldOn.AddYears(5), DateTime.UtcNow, "Sam Worker");
        enquiry.RecordOutcome(new Section47OutcomeInput(d.HeldOn.AddDays(5), Section47Outcome.ConcernsSubstantiatedConferenceNeeded, null), d.HeldOn.AddYears(5));
        return enquiry;
    }

    private static InitialChildProtectionConference Conference(StrategyDiscussion d, DateOnly on, ConferenceDecision decision = ConferenceDecision.Plan) =>
        InitialChildProtectionConference.Hold(Enquiry(d), false,
            new InitialConferenceInput(on, "Chris Chair", [], true, false, true, "I want it to stop", decision,
                decision == ConferenceDecision.Plan ? CategoryOfAbuse.Neglect : null, "Daily school attendance; health visitor weekly"),
            on.AddYears(5), DateTime.UtcNow, "Chris Chair");

    [Fact]
    public void The_ICPC_target_counts_15_working_days_across_Christmas_and_New_Year_skipping_25_and_28_December_and_1_January()
    {
        // Fri 18 Dec 2026 is day 0. 21-24 Dec are days 1-4; Fri 25 Dec (Christmas) and Mon 28 Dec (Boxing Day
        // substitute: 26 Dec is a Saturday) are bank holidays; 29-31 Dec are days 5-7; Fri 1 Jan 2027 is a
        // holiday; 4-8 Jan are days 8-12; Mon 11 Jan day 13, Tue 12 Jan day 14, Wed 13 Jan day 15.
        var discussion = Discussion(new DateOnly(2026, 12, 18));

        discussion.InitialConferenceTarget.ShouldBe(new DateOnly(2027, 1, 13));
        Rules["cp.icpc.15wd"].Timescale.DueFrom(new DateOnly(2026, 12, 18), HolidayCalendar.EnglandAndWales).ShouldBe(new DateOnly(2027, 1, 13));
    }

    [Fact]
    public void An_ICPC_on_working_day_14_is_on_time_and_the_clock_is_met()
    {
        var discussion = Discussion(new DateOnly(2026, 12, 18));
        var conference = Conference(discussion, new DateOnly(2027, 1, 12));

        conference.WorkingDaysFromStrategyDiscussion.ShouldBe(14);
        conference.OnTime.ShouldBeTrue();
        var obligation = Engine.Derive(Rules["cp.icpc.15wd"],
            [new(Child, discussion.EpisodeId, StrategyDiscussionHeld, discussion.HeldOn), new(Child, discussion.EpisodeId, ClockEventTypes.InitialChildProtectionConferenceHeld, conference.Date)],
            new DateOnly(2027, 2, 1)).ShouldHaveSingleItem();
        obligation.DueDate.ShouldBe(new DateOnly(2027, 1, 13));
        obligation.Status.ShouldBe(ObligationStatus.MetOnTime);
    }

    [Fact]
    public void An_ICPC_on_working_day_16_is_late_by_one_working_day()
    {
        var discussion = Discussion(new DateOnly(2026, 12, 18));
        var conference = Conference(discussion, new DateOnly(2027, 1, 14));

        conference.WorkingDaysFromStrategyDiscussion.ShouldBe(16);
        conference.OnTime.ShouldBeFalse();
        var obligation = Engine.Derive(Rules["cp.icpc.15wd"],
            [new(Child, discussion.EpisodeId, StrategyDiscussionHeld, discussion.HeldOn), new(Child, discussion.EpisodeId, ClockEventTypes.InitialChildProtectionConferenceHeld, conference.Date)],
            new DateOnly(2027, 2, 1)).ShouldHaveSingleItem();
        obligation.Status.ShouldBe(ObligationStatus.MetLate);
        obligation.DaysOverdue.ShouldBe(1);
    }

    [Fact]
    public void A_strategy_discussion_that_decides_on_no_section_47_gives_no_conference_target()
    {
        Discussion(new DateOnly(2026, 3, 2), StrategyDecision.NoSection47AlternativePlan).InitialConferenceTarget.ShouldBeNull();
    }

    [Fact]
    public void A_section_47_cannot_start_from_a_discussion_that_decided_against_one()
    {
        var discussion = Discussion(new DateOnly(2026, 3, 2), StrategyDecision.NoSection47AlternativePlan);

        Should.Throw<ValidationFailedException>(() => Section47Enquiry.Start(discussion, new Section47StartInput(discussion.HeldOn, null, null, null, null),
            discussion.HeldOn, DateTime.UtcNow, "Sam"));
    }

    [Fact]
    public void The_first_review_conference_is_due_3_calendar_months_after_an_ICPC_on_31_January_so_on_30_April()
    {
        var plan = Guid.NewGuid();
        var obligation = Engine.Derive(Rules["cp.review-conference.3m-then-6m"],
            [new(Child, plan, ClockEventTypes.ChildProtectionPlanStarted, new DateOnly(2026, 1, 31))], new DateOnly(2026, 2, 1)).ShouldHaveSingleItem();

        obligation.DueDate.ShouldBe(new DateOnly(2026, 4, 30));
    }

    [Fact]
    public void Reviews_after_the_first_are_due_6_months_after_the_last_review_actually_held()
    {
        var plan = Guid.NewGuid();
        var obligations = Engine.Derive(Rules["cp.review-conference.3m-then-6m"],
            [
                new(Child, plan, ClockEventTypes.ChildProtectionPlanStarted, new DateOnly(2026, 1, 31)),
                new(Child, plan, ReviewChildProtectionConferenceHeld, new DateOnly(2026, 4, 28)),
                new(Child, plan, ReviewChildProtectionConferenceHeld, new DateOnly(2026, 10, 20)),
            ],
            new DateOnly(2026, 11, 1));

        obligations.Select(o => o.DueDate).ShouldBe([new DateOnly(2026, 4, 30), new DateOnly(2026, 10, 28), new DateOnly(2027, 4, 20)]);
        obligations[^1].Status.ShouldBe(ObligationStatus.Open);
    }

    [Fact]
    public void The_first_core_group_is_due_10_working_days_after_the_ICPC()
    {
        var plan = Guid.NewGuid();
        // Tue 12 Jan 2027 is day 0; no holidays until Easter, so day 10 is Tue 26 Jan.
        Engine.Derive(Rules["cp.first-core-group.10wd"], [new(Child, plan, ClockEventTypes.ChildProtectionPlanStarted, new DateOnly(2027, 1, 12))], new DateOnly(2027, 1, 13))
            .ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2027, 1, 26));
    }

    [Fact]
    public void A_plan_is_flagged_at_12_months_and_again_on_reaching_2_years()
    {
        var plan = Conference(Discussion(new DateOnly(2024, 3, 1)), new DateOnly(2024, 3, 15)).MakePlan(previousPlans: 0);

        plan.IsOver12Months(new DateOnly(2025, 3, 14)).ShouldBeFalse();
        plan.IsOver12Months(new DateOnly(2025, 3, 15)).ShouldBeTrue();
        plan.IsOver2Years(new DateOnly(2026, 3, 14)).ShouldBeFalse();
        plan.IsOver2Years(new DateOnly(2026, 3, 15)).ShouldBeTrue();
        plan.IsSecondOrSubsequent.ShouldBeFalse();
    }

    [Fact]
    public void A_plan_after_earlier_plans_is_a_second_or_subsequent_plan()
    {
        var plan = Conference(Discussion(new DateOnly(2026, 3, 2)), new DateOnly(2026, 3, 16)).MakePlan(previousPlans: 2);

        plan.PreviousPlans.ShouldBe(2);
        plan.IsSecondOrSubsequent.ShouldBeTrue();
        plan.InitialCategory.ShouldBe(CategoryOfAbuse.Neglect);
        plan.StartDate.ShouldBe(new DateOnly(2026, 3, 16));
    }

    [Fact]
    public void A_conference_that_decides_on_no_plan_cannot_make_one()
    {
        var conference = Conference(Discussion(new DateOnly(2026, 3, 2)), new DateOnly(2026, 3, 16), ConferenceDecision.NoPlan);

        Should.Throw<InvalidOperationException>(() => conference.MakePlan(0));
    }

    [Fact]
    public void Ending_a_plan_because_risk_reduced_records_the_step_down_child_in_need_plan_for_the_configured_weeks()
    {
        var plan = Conference(Discussion(new DateOnly(2026, 3, 2)), new DateOnly(2026, 3, 16)).MakePlan(0);

        plan.End(new PlanEndInput(new DateOnly(2026, 9, 1), ChildProtectionPlanEndReason.RiskReduced, null), new DateOnly(2026, 9, 1), stepDownWeeks: 12);

        plan.StepDownCinPlanWeeks.ShouldBe(12);
        plan.StepDownCinPlanUntil.ShouldBe(new DateOnly(2026, 11, 24));
    }
}
