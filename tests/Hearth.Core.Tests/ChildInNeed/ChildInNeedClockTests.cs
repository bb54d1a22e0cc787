using Hearth.Core.Statutory;
using Shouldly;
using Xunit;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.Tests.ChildInNeed;

public class ChildInNeedClockTests
{
    private static readonly ObligationEngine Engine = new(HolidayCalendar.EnglandAndWales);
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly Guid Episode = Guid.NewGuid();

    private static ClockEvent At(string type, DateOnly date) => new(Child, Episode, type, date);

    [Fact]
    public void The_child_in_need_rules_are_local_and_configurable()
    {
        var visit = StatutoryRuleTable.England["cin.visit.20wd"];
        visit.Strength.ShouldBe(RuleStrength.Local);
        visit.Configurable.ShouldBeTrue();
        visit.Recurring.ShouldBeTrue();
        var review = StatutoryRuleTable.England["cin.plan-review"];
        review.Source.ShouldBe("Local (WT23 ch.3: CIN plans reviewed regularly)");
        review.Configurable.ShouldBeTrue();
    }

    [Fact]
    public void A_plan_starting_on_Monday_2_November_2026_needs_a_visit_by_the_twentieth_working_day_30_November()
    {
        var obligations = Engine.Derive(StatutoryRuleTable.England["cin.visit.20wd"], [At(CinPlanStarted, new(2026, 11, 2))], new DateOnly(2026, 11, 3));
        obligations.ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2026, 11, 30));
    }

    [Fact]
    public void Each_visit_starts_the_next_20_working_days_from_the_day_the_child_was_seen()
    {
        var obligations = Engine.Derive(StatutoryRuleTable.England["cin.visit.20wd"],
            [At(CinPlanStarted, new(2026, 11, 2)), At(CinVisit, new(2026, 11, 16))], new DateOnly(2026, 11, 17));

        obligations.Count.ShouldBe(2);
        obligations[0].Status.ShouldBe(ObligationStatus.MetOnTime);
        // 16 November + 20 working days (four full weeks): Monday 14 December.
        obligations[1].DueDate.ShouldBe(new DateOnly(2026, 12, 14));
    }

    [Fact]
    public void The_first_plan_review_is_due_3_months_after_the_start_then_every_6_months()
    {
        var rule = StatutoryRuleTable.England["cin.plan-review"];
        var obligations = Engine.Derive(rule, [At(CinPlanStarted, new(2026, 1, 31)), At(CinPlanReviewHeld, new(2026, 4, 28))], new DateOnly(2026, 5, 1));

        obligations[0].DueDate.ShouldBe(new DateOnly(2026, 4, 30));
        obligations[0].Status.ShouldBe(ObligationStatus.MetOnTime);
        obligations[1].DueDate.ShouldBe(new DateOnly(2026, 10, 28));
    }

    [Fact]
    public void Ending_the_plan_stops_the_visit_clock()
    {
        var obligations = Engine.Derive(StatutoryRuleTable.England["cin.visit.20wd"],
            [At(CinPlanStarted, new(2026, 11, 2)), At(CinPlanEnded, new(2026, 11, 10))], new DateOnly(2027, 1, 4));

        obligations.ShouldNotContain(o => o.Status == ObligationStatus.Overdue);
    }
}
