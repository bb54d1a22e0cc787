using Hearth.Core.Data;
using Hearth.Core.FrontDoor;
using Hearth.Core.Statutory;
using Shouldly;
using Xunit;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.Tests.FrontDoor;

public class ContactDeadlinesTests
{
    private static readonly FrontDoorOptions Defaults = new();
    private static readonly StatutoryRuleTable Table = StatutoryRuleTable.England.WithOverrides(Defaults.RuleOverrides());
    private readonly ContactDeadlines deadlines = new(Defaults, Table, HolidayCalendar.EnglandAndWales);

    /// <summary>Wall-clock time in England, as a worker would read it.</summary>
    private static DateTime England(int y, int m, int d, int h, int min = 0) => EnglandClock.FromEnglandTime(new DateTime(y, m, d, h, min, 0));

    private static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(EnglandClock.ToEnglandTime(utc));

    [Fact]
    public void A_red_contact_is_due_four_hours_after_it_was_received_even_overnight() =>
        deadlines.DecisionDueAt(England(2026, 11, 20, 22, 30), RagRating.Red).ShouldBe(England(2026, 11, 21, 2, 30));

    [Fact]
    public void An_amber_contact_received_on_a_friday_is_due_by_the_end_of_monday() =>
        DayOf(deadlines.DecisionDueAt(England(2026, 11, 20, 16), RagRating.Amber)).ShouldBe(new DateOnly(2026, 11, 23));

    [Fact]
    public void An_amber_deadline_is_the_last_second_of_the_due_day_in_england()
    {
        var due = EnglandClock.ToEnglandTime(deadlines.DecisionDueAt(England(2026, 7, 1, 9), RagRating.Amber));
        due.ShouldBe(new DateTime(2026, 7, 2, 23, 59, 59));
    }

    [Fact]
    public void An_amber_contact_received_on_christmas_eve_skips_christmas_and_the_substitute_boxing_day()
    {
        // 2026: Christmas Day is a Friday; Boxing Day is a Saturday, so Monday 28 December is the bank holiday.
        DayOf(deadlines.DecisionDueAt(England(2026, 12, 24, 11), RagRating.Amber)).ShouldBe(new DateOnly(2026, 12, 29));
    }

    [Fact]
    public void A_green_contact_over_easter_is_due_three_working_days_later_not_counting_good_friday_or_easter_monday()
    {
        // Easter 2026: Good Friday 3 April, Easter Monday 6 April. Received Thursday 2 April: 7, 8, 9 April.
        DayOf(deadlines.DecisionDueAt(England(2026, 4, 2, 10), RagRating.Green)).ShouldBe(new DateOnly(2026, 4, 9));
    }

    [Fact]
    public void An_authority_can_set_its_own_amber_and_green_deadlines()
    {
        var local = new FrontDoorOptions { AmberDecisionWorkingDays = 2, GreenDecisionWorkingDays = 5, RedDecisionHours = 2 };
        var own = new ContactDeadlines(local, StatutoryRuleTable.England.WithOverrides(local.RuleOverrides()), HolidayCalendar.EnglandAndWales);
        DayOf(own.DecisionDueAt(England(2026, 11, 23, 10), RagRating.Amber)).ShouldBe(new DateOnly(2026, 11, 25));
        DayOf(own.DecisionDueAt(England(2026, 11, 23, 10), RagRating.Green)).ShouldBe(new DateOnly(2026, 11, 30));
        own.DecisionDueAt(England(2026, 11, 23, 10), RagRating.Red).ShouldBe(England(2026, 11, 23, 12));
    }

    [Theory]
    [InlineData(2026, 11, 20, 20, 2026, 11, 23)] // Friday evening: Monday morning
    [InlineData(2026, 11, 21, 3, 2026, 11, 23)]  // Saturday night: Monday morning
    [InlineData(2026, 11, 24, 7, 2026, 11, 24)]  // Tuesday before the day team starts: that morning
    [InlineData(2026, 11, 24, 18, 2026, 11, 25)] // Tuesday evening: Wednesday
    [InlineData(2026, 12, 24, 19, 2026, 12, 29)] // Christmas Eve: after the Christmas bank holidays
    public void An_out_of_hours_contact_is_handed_over_the_next_working_morning(int y, int m, int d, int h, int hy, int hm, int hd) =>
        deadlines.HandoverDate(England(y, m, d, h)).ShouldBe(new DateOnly(hy, hm, hd));

    [Fact]
    public void The_referral_decision_is_due_one_working_day_after_the_contact_becomes_a_referral_across_a_bank_holiday()
    {
        // Friday 28 August 2026, then the summer bank holiday on Monday 31 August: due Tuesday 1 September.
        var child = Guid.NewGuid();
        var contact = Guid.NewGuid();
        var obligation = new ObligationEngine().Derive(Table["frontdoor.referral-decision.1wd"],
            [new ClockEvent(child, contact, ContactBecameReferral, new DateOnly(2026, 8, 28))], new DateOnly(2026, 9, 2)).ShouldHaveSingleItem();
        obligation.DueDate.ShouldBe(new DateOnly(2026, 9, 1));
        obligation.Status.ShouldBe(ObligationStatus.Overdue);
    }

    [Fact]
    public void A_referral_decided_the_next_working_day_is_on_time_and_one_decided_a_day_later_is_late()
    {
        var child = Guid.NewGuid();
        var contact = Guid.NewGuid();
        var rule = Table["frontdoor.referral-decision.1wd"];
        var engine = new ObligationEngine();
        ClockEvent[] OnTime(DateOnly decided) => [new(child, contact, ContactBecameReferral, new DateOnly(2026, 11, 20)), new(child, contact, ReferralDecisionMade, decided)];
        engine.Derive(rule, OnTime(new DateOnly(2026, 11, 23)), new DateOnly(2026, 12, 1)).ShouldHaveSingleItem().Status.ShouldBe(ObligationStatus.MetOnTime);
        var late = engine.Derive(rule, OnTime(new DateOnly(2026, 11, 24)), new DateOnly(2026, 12, 1)).ShouldHaveSingleItem();
        late.Status.ShouldBe(ObligationStatus.MetLate);
        late.DaysOverdue.ShouldBe(1);
    }

    [Fact]
    public void Re_rating_a_contact_replaces_its_deadline()
    {
        var child = Guid.NewGuid();
        var contact = Guid.NewGuid();
        var day = new DateOnly(2026, 11, 23);
        var obligations = new ObligationEngine().DeriveAll(Table,
            [new(child, contact, ContactRatedGreen, day), new(child, contact, ContactRatedRed, day)], day);
        obligations.Where(o => o.RuleId.StartsWith("frontdoor.contact-decision", StringComparison.Ordinal)).ShouldHaveSingleItem()
            .RuleId.ShouldBe("frontdoor.contact-decision.red");
    }
}
