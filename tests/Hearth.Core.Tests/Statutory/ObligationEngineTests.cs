using Hearth.Core.Statutory;
using Shouldly;
using Xunit;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.Tests.Statutory;

public class ObligationEngineTests
{
    private static readonly StatutoryRuleTable Table = StatutoryRuleTable.England;
    private readonly ObligationEngine engine = new();
    private readonly Guid child = Guid.NewGuid();
    private readonly Guid episode = Guid.NewGuid();

    // Mon 8 Sep 2025 to Mon 10 Nov 2025 is exactly 45 working days: nine whole weeks, no holidays.
    private static readonly DateOnly Referral = new(2025, 9, 8);

    [Fact]
    public void An_assessment_completed_on_working_day_45_is_on_time()
    {
        var obligation = Single("assessment.child-and-family.45wd", new DateOnly(2025, 12, 1),
            (ReferralReceived, Referral), (AssessmentCompleted, new DateOnly(2025, 11, 10)));

        obligation.DueDate.ShouldBe(new DateOnly(2025, 11, 10));
        obligation.Status.ShouldBe(ObligationStatus.MetOnTime);
        obligation.DaysOverdue.ShouldBe(0);
    }

    [Fact]
    public void An_assessment_completed_on_working_day_46_is_late_by_one_working_day()
    {
        var obligation = Single("assessment.child-and-family.45wd", new DateOnly(2025, 12, 1),
            (ReferralReceived, Referral), (AssessmentCompleted, new DateOnly(2025, 11, 11)));

        obligation.Status.ShouldBe(ObligationStatus.MetLate);
        obligation.MetOn.ShouldBe(new DateOnly(2025, 11, 11));
        obligation.DaysOverdue.ShouldBe(1);
    }

    [Fact]
    public void An_assessment_still_open_past_its_due_date_is_overdue_by_working_days()
    {
        // Due Mon 10 Nov; by Fri 14 Nov it is 4 working days overdue.
        var obligation = Single("assessment.child-and-family.45wd", new DateOnly(2025, 11, 14), (ReferralReceived, Referral));

        obligation.Status.ShouldBe(ObligationStatus.Overdue);
        obligation.DaysOverdue.ShouldBe(4);
        obligation.MetOn.ShouldBeNull();
    }

    [Fact]
    public void An_assessment_before_its_due_date_is_open()
    {
        var obligation = Single("assessment.child-and-family.45wd", new DateOnly(2025, 11, 10), (ReferralReceived, Referral));

        obligation.Status.ShouldBe(ObligationStatus.Open);
        obligation.DaysOverdue.ShouldBe(0);
    }

    [Fact]
    public void A_referral_closed_with_no_further_action_owes_no_assessment()
    {
        Derive("assessment.child-and-family.45wd", new DateOnly(2026, 1, 1),
            (ReferralReceived, Referral), (ReferralClosedWithNoFurtherAction, Referral.AddDays(1))).ShouldBeEmpty();
    }

    [Fact]
    public void A_review_conference_still_open_past_three_months_is_overdue_by_calendar_days()
    {
        var obligation = Single("cp.review-conference.3m-then-6m", new DateOnly(2025, 4, 20),
            (ChildProtectionPlanStarted, new DateOnly(2025, 1, 10)));

        obligation.DueDate.ShouldBe(new DateOnly(2025, 4, 10));
        obligation.Status.ShouldBe(ObligationStatus.Overdue);
        obligation.DaysOverdue.ShouldBe(10);
    }

    [Fact]
    public void The_ICPC_is_due_15_working_days_after_the_strategy_discussion_across_Easter_and_the_May_holiday()
    {
        // Strategy Thu 17 Apr 2025; Good Friday, Easter Monday and Mon 5 May are skipped: due Tue 13 May.
        var onTime = Single("cp.icpc.15wd", new DateOnly(2025, 6, 1),
            (StrategyDiscussionHeld, new DateOnly(2025, 4, 17)), (InitialChildProtectionConferenceHeld, new DateOnly(2025, 5, 13)));
        var late = Single("cp.icpc.15wd", new DateOnly(2025, 6, 1),
            (StrategyDiscussionHeld, new DateOnly(2025, 4, 17)), (InitialChildProtectionConferenceHeld, new DateOnly(2025, 5, 14)));

        onTime.DueDate.ShouldBe(new DateOnly(2025, 5, 13));
        onTime.Status.ShouldBe(ObligationStatus.MetOnTime);
        late.Status.ShouldBe(ObligationStatus.MetLate);
        late.DaysOverdue.ShouldBe(1);
    }

    [Fact]
    public void A_second_strategy_discussion_does_not_restart_the_ICPC_clock()
    {
        var obligation = Single("cp.icpc.15wd", new DateOnly(2025, 6, 1),
            (StrategyDiscussionHeld, new DateOnly(2025, 4, 17)),
            (StrategyDiscussionHeld, new DateOnly(2025, 4, 30)),
            (InitialChildProtectionConferenceHeld, new DateOnly(2025, 5, 20)));

        obligation.StartDate.ShouldBe(new DateOnly(2025, 4, 17));
        obligation.Status.ShouldBe(ObligationStatus.MetLate);
    }

    [Fact]
    public void Child_protection_visits_chain_from_each_actual_visit_until_the_plan_ends()
    {
        // Plan Mon 6 Jan 2025: first visit due Mon 20 Jan. Visit Thu 16 Jan: next due Thu 30 Jan.
        // Visit Mon 3 Feb is 2 working days late; next due Mon 17 Feb, but the plan ends on 10 Feb.
        var obligations = Derive("cp.visits.10wd", new DateOnly(2025, 3, 1),
            (ChildProtectionPlanStarted, new DateOnly(2025, 1, 6)),
            (ChildProtectionVisit, new DateOnly(2025, 1, 16)),
            (ChildProtectionVisit, new DateOnly(2025, 2, 3)),
            (ChildProtectionPlanEnded, new DateOnly(2025, 2, 10)));

        obligations.Select(o => (o.StartDate, o.DueDate, o.Status, o.DaysOverdue)).ShouldBe(
        [
            (new DateOnly(2025, 1, 6), new DateOnly(2025, 1, 20), ObligationStatus.MetOnTime, 0),
            (new DateOnly(2025, 1, 16), new DateOnly(2025, 1, 30), ObligationStatus.MetLate, 2),
        ]);
    }

    [Fact]
    public void The_next_child_protection_visit_is_open_while_the_plan_continues()
    {
        var last = Derive("cp.visits.10wd", new DateOnly(2025, 2, 10),
            (ChildProtectionPlanStarted, new DateOnly(2025, 1, 6)),
            (ChildProtectionVisit, new DateOnly(2025, 1, 16)),
            (ChildProtectionVisit, new DateOnly(2025, 2, 3))).Last();

        last.StartDate.ShouldBe(new DateOnly(2025, 2, 3));
        last.DueDate.ShouldBe(new DateOnly(2025, 2, 17));
        last.Status.ShouldBe(ObligationStatus.Open);
    }

    [Fact]
    public void A_plan_that_ends_after_a_missed_visit_records_the_visit_as_missed()
    {
        var obligation = Single("cp.visits.10wd", new DateOnly(2025, 3, 1),
            (ChildProtectionPlanStarted, new DateOnly(2025, 1, 6)),
            (ChildProtectionPlanEnded, new DateOnly(2025, 1, 22)));

        obligation.Status.ShouldBe(ObligationStatus.Missed);
        obligation.EndedOn.ShouldBe(new DateOnly(2025, 1, 22));
        obligation.DaysOverdue.ShouldBe(2);
    }

    [Fact]
    public void Visits_every_4_weeks_when_the_authority_configures_it()
    {
        var local = Table.WithOverrides(new RuleOverride("cp.visits.10wd", Timescale.OfWeeks(4)));

        var obligations = engine.Derive(local["cp.visits.10wd"], Events(
            (ChildProtectionPlanStarted, new DateOnly(2025, 1, 6)),
            (ChildProtectionVisit, new DateOnly(2025, 2, 4))), new DateOnly(2025, 2, 10));

        obligations.Select(o => (o.DueDate, o.Status)).ShouldBe(
        [
            (new DateOnly(2025, 2, 3), ObligationStatus.MetLate),
            (new DateOnly(2025, 3, 4), ObligationStatus.Open),
        ]);
        obligations[0].DaysOverdue.ShouldBe(1);
    }

    [Fact]
    public void Looked_after_reviews_run_20_working_days_then_3_months_then_6_months_from_each_actual_review()
    {
        var obligations = Derive("lac.review.20wd-3m-6m", new DateOnly(2025, 6, 1),
            (LookedAfterPeriodStarted, new DateOnly(2025, 1, 6)),
            (LookedAfterReviewHeld, new DateOnly(2025, 1, 31)),
            (LookedAfterReviewHeld, new DateOnly(2025, 4, 30)));

        obligations.Select(o => (o.DueDate, o.Status)).ShouldBe(
        [
            (new DateOnly(2025, 2, 3), ObligationStatus.MetOnTime),
            (new DateOnly(2025, 4, 30), ObligationStatus.MetOnTime),
            (new DateOnly(2025, 10, 30), ObligationStatus.Open),
        ]);
    }

    [Fact]
    public void A_placement_move_restarts_the_one_week_visit()
    {
        var obligations = Derive("lac.visits.placement.1wk-then-6wk", new DateOnly(2025, 4, 3),
            (PlacementStarted, new DateOnly(2025, 3, 1)),
            (LookedAfterVisit, new DateOnly(2025, 3, 5)),
            (PlacementStarted, new DateOnly(2025, 4, 1)));

        obligations.Select(o => (o.StartDate, o.DueDate, o.Status)).ShouldBe(
        [
            (new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 8), ObligationStatus.MetOnTime),
            (new DateOnly(2025, 4, 1), new DateOnly(2025, 4, 8), ObligationStatus.Open),
        ]);
    }

    [Fact]
    public void A_looked_after_visit_due_on_a_Saturday_stays_due_on_the_Saturday()
    {
        var obligation = Single("lac.visits.placement.1wk-then-6wk", new DateOnly(2025, 3, 10),
            (PlacementStarted, new DateOnly(2025, 3, 1)));

        obligation.DueDate.ShouldBe(new DateOnly(2025, 3, 8));
        obligation.Status.ShouldBe(ObligationStatus.Overdue);
        obligation.DaysOverdue.ShouldBe(2);
    }

    [Fact]
    public void A_health_assessment_under_five_sets_a_six_month_review_met_by_the_next_assessment_at_any_age()
    {
        var events = Events(
            (HealthAssessmentCompletedUnderFive, new DateOnly(2024, 8, 31)),
            (HealthAssessmentCompletedAgedFiveOrOver, new DateOnly(2025, 2, 20)));
        var today = new DateOnly(2025, 3, 1);

        var underFive = engine.Derive(Table["lac.health-review.under-5.6m"], events, today).ShouldHaveSingleItem();
        var fiveAndOver = engine.Derive(Table["lac.health-review.5-and-over.12m"], events, today).ShouldHaveSingleItem();

        underFive.DueDate.ShouldBe(new DateOnly(2025, 2, 28));
        underFive.Status.ShouldBe(ObligationStatus.MetOnTime);
        fiveAndOver.DueDate.ShouldBe(new DateOnly(2026, 2, 20));
        fiveAndOver.Status.ShouldBe(ObligationStatus.Open);
    }

    [Fact]
    public void Care_proceedings_extended_at_26_weeks_are_due_8_weeks_later()
    {
        var events = Events(
            (CareProceedingsIssued, new DateOnly(2025, 1, 6)),
            (CareProceedingsTimetableExtended, new DateOnly(2025, 7, 6)),
            (CareProceedingsDisposed, new DateOnly(2025, 8, 20)));
        var today = new DateOnly(2025, 9, 1);

        engine.Derive(Table["proceedings.26wk"], events, today).ShouldBeEmpty();
        var extension = engine.Derive(Table["proceedings.extension.8wk"], events, today).ShouldHaveSingleItem();
        extension.DueDate.ShouldBe(new DateOnly(2025, 8, 31));
        extension.Status.ShouldBe(ObligationStatus.MetOnTime);
    }

    [Fact]
    public void Events_after_today_are_not_yet_known()
    {
        var obligation = Single("assessment.child-and-family.45wd", new DateOnly(2025, 11, 1),
            (ReferralReceived, Referral), (AssessmentCompleted, new DateOnly(2025, 11, 5)));

        obligation.Status.ShouldBe(ObligationStatus.Open);
    }

    [Fact]
    public void A_meeting_event_in_another_case_does_not_meet_the_obligation()
    {
        var events = new List<ClockEvent>
        {
            new(child, episode, ReferralReceived, Referral),
            new(child, Guid.NewGuid(), AssessmentCompleted, Referral.AddDays(10)),
        };

        engine.Derive(Table["assessment.child-and-family.45wd"], events, new DateOnly(2025, 10, 1))
            .ShouldHaveSingleItem().Status.ShouldBe(ObligationStatus.Open);
    }

    [Fact]
    public void Derive_all_reads_every_rule_from_one_set_of_events()
    {
        var obligations = engine.DeriveAll(Table, Events(
            (ReferralReceived, Referral),
            (ContactBecameReferral, Referral),
            (ReferralDecisionMade, Referral),
            (StrategyDiscussionHeld, Referral.AddDays(2))), new DateOnly(2025, 9, 30));

        obligations.Select(o => o.RuleId).ShouldBe(
            ["frontdoor.referral-decision.1wd", "frontdoor.referrer-feedback.1wd", "cp.icpc.15wd", "assessment.child-and-family.45wd", "oversight.management.20wd"],
            ignoreOrder: true);
        obligations.Select(o => o.DueDate).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void One_hundred_thousand_events_derive_the_same_way_whatever_order_people_come_in()
    {
        // Speed is measured in bench/ (ObligationEngineBenchmarks), never by a timed unit test.
        var events = ManyEvents(100_000);
        var today = new DateOnly(2026, 6, 1);
        var first = engine.DeriveAll(Table, events, today);
        var again = engine.DeriveAll(Table, [.. events.AsEnumerable().Reverse().GroupBy(e => e.PersonId).SelectMany(g => g.Reverse())], today);

        first.Count.ShouldBeGreaterThan(50_000);
        again.ShouldBe(first);
    }

    private static List<ClockEvent> ManyEvents(int count)
    {
        var random = new Random(20250908);
        var events = new List<ClockEvent>(count);
        var start = new DateOnly(2020, 1, 1);
        while (events.Count < count)
        {
            var person = Guid.NewGuid();
            var caseId = Guid.NewGuid();
            var day = start.AddDays(random.Next(0, 2000));
            events.Add(new ClockEvent(person, caseId, ReferralReceived, day));
            events.Add(new ClockEvent(person, caseId, ReferralDecisionMade, day.AddDays(random.Next(0, 3))));
            events.Add(new ClockEvent(person, caseId, StrategyDiscussionHeld, day.AddDays(random.Next(1, 5))));
            events.Add(new ClockEvent(person, caseId, ChildProtectionPlanStarted, day.AddDays(random.Next(15, 30))));
            for (var visit = 0; visit < 4; visit++)
            {
                events.Add(new ClockEvent(person, caseId, ChildProtectionVisit, day.AddDays(30 + (visit * random.Next(10, 20)))));
            }

            events.Add(new ClockEvent(person, caseId, AssessmentCompleted, day.AddDays(random.Next(30, 90))));
            events.Add(new ClockEvent(person, caseId, ReviewChildProtectionConferenceHeld, day.AddDays(random.Next(100, 130))));
        }

        return events;
    }

    private Obligation Single(string ruleId, DateOnly today, params (string Type, DateOnly Date)[] events) =>
        Derive(ruleId, today, events).ShouldHaveSingleItem();

    private IReadOnlyList<Obligation> Derive(string ruleId, DateOnly today, params (string Type, DateOnly Date)[] events) =>
        engine.Derive(Table[ruleId], Events(events), today);

    private List<ClockEvent> Events(params (string Type, DateOnly Date)[] events) =>
        [.. events.Select(e => new ClockEvent(child, episode, e.Type, e.Date))];
}
