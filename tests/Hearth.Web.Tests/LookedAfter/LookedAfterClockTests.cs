using Hearth.Core.LookedAfter;
using Hearth.Core.Statutory;
using Hearth.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;
using static Hearth.Web.Tests.LookedAfter.LookedAfterTestRecords;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>
/// The looked-after clocks with hand-checked dates (issue 6, acceptance 2): records in a real database, projected by
/// LookedAfterClockEvents and run through the real England rule table and obligation engine.
/// England and Wales bank holidays used: Christmas Day Friday 25 December 2026, Boxing Day (substitute) Monday 28
/// December 2026, New Year's Day Friday 1 January 2027.
/// </summary>
public sealed class LookedAfterClockTests(HearthWebApp app)
{
    // A Thursday a week before Christmas, so the first 20 working days run over three bank holidays.
    private static readonly DateOnly BecameLookedAfter = new(2026, 12, 17);

    [Fact]
    public async Task Reviews_are_due_20_working_days_after_care_starts_then_3_months_after_the_first_then_6_months_after_the_second()
    {
        var child = await app.CreatePersonAsync("Ria", TestData.UniqueFamilyName(), new DateOnly(2016, 5, 1));
        var period = await app.StartPeriodAsync(child.Id, BecameLookedAfter, "V2", "U4");

        // Working days after Thu 17 Dec 2026: Fri 18 (1), Mon 21 (2), Tue 22 (3), Wed 23 (4), Thu 24 (5),
        // [Fri 25 Christmas, Sat 26, Sun 27, Mon 28 Boxing Day substitute], Tue 29 (6), Wed 30 (7), Thu 31 (8),
        // [Fri 1 Jan New Year], Mon 4 (9), Tue 5 (10), Wed 6 (11), Thu 7 (12), Fri 8 (13), Mon 11 (14), Tue 12 (15),
        // Wed 13 (16), Thu 14 (17), Fri 15 (18), Mon 18 (19), Tue 19 January 2027 (20).
        var first = (await app.ObligationsAsync(child.Id, new DateOnly(2026, 12, 18))).Rule("lac.review.20wd-3m-6m").ShouldHaveSingleItem();
        first.DueDate.ShouldBe(new DateOnly(2027, 1, 19));
        first.Status.ShouldBe(ObligationStatus.Open);

        // Held Fri 15 Jan 2027: the second is due 3 calendar months later, Thu 15 April 2027. Held Mon 12 Apr 2027:
        // the third is due 6 months later, Tue 12 October 2027, and is overdue on 13 October.
        await app.AddAsync(Review(period, new DateOnly(2027, 1, 15)), Review(period, new DateOnly(2027, 4, 12)));
        var reviews = (await app.ObligationsAsync(child.Id, new DateOnly(2027, 10, 13))).Rule("lac.review.20wd-3m-6m");
        reviews.Select(o => (o.DueDate, o.Status)).ShouldBe(
        [
            (new DateOnly(2027, 1, 19), ObligationStatus.MetOnTime),
            (new DateOnly(2027, 4, 15), ObligationStatus.MetOnTime),
            (new DateOnly(2027, 10, 12), ObligationStatus.Overdue),
        ]);
    }

    [Fact]
    public async Task A_late_first_review_is_late_by_working_days_and_the_second_runs_from_the_day_it_was_held()
    {
        var child = await app.CreatePersonAsync("Sol", TestData.UniqueFamilyName(), new DateOnly(2016, 5, 1));
        var period = await app.StartPeriodAsync(child.Id, BecameLookedAfter, "V2", "U4");
        // Held Thu 21 Jan 2027: two working days after Tue 19 January (Wed 20, Thu 21).
        await app.AddAsync(Review(period, new DateOnly(2027, 1, 21)));

        var reviews = (await app.ObligationsAsync(child.Id, new DateOnly(2027, 2, 1))).Rule("lac.review.20wd-3m-6m");
        (reviews[0].Status, reviews[0].DaysOverdue).ShouldBe((ObligationStatus.MetLate, 2));
        reviews[1].DueDate.ShouldBe(new DateOnly(2027, 4, 21));
    }

    [Fact]
    public async Task Visits_are_due_a_week_after_each_placement_then_6_weekly_and_3_monthly_after_a_long_term_placement_s_first_year()
    {
        var child = await app.CreatePersonAsync("Tam", TestData.UniqueFamilyName(), new DateOnly(2014, 9, 9));
        var period = await app.StartPeriodAsync(child.Id, BecameLookedAfter, "V2", "U4");
        // The first visit is due a week after Thu 17 Dec 2026: Thu 24 December 2026 (calendar days, so Christmas does not move it).
        var before = (await app.ObligationsAsync(child.Id, BecameLookedAfter)).Rule("lac.visits.placement.1wk-then-6wk").ShouldHaveSingleItem();
        before.DueDate.ShouldBe(new DateOnly(2026, 12, 24));

        // Seen Tue 22 Dec 2026: the next is due 6 weeks (42 days) later, Tue 2 February 2027. The child moves on Mon 11 Jan
        // 2027 to a placement intended to last until 18: the chain restarts, due a week after the move, Mon 18 January.
        // Seen Fri 15 Jan 2027: next due 42 days later, Fri 26 February 2027.
        await app.AddAsync(Visit(period, new DateOnly(2026, 12, 22)), Placement(period, new DateOnly(2027, 1, 11), "U4", longTerm: true),
            Visit(period, new DateOnly(2027, 1, 15)), Visit(period, new DateOnly(2027, 1, 20), seen: false));
        var visits = (await app.ObligationsAsync(child.Id, new DateOnly(2027, 1, 25))).Rule("lac.visits.placement.1wk-then-6wk");
        visits.Select(o => (o.StartDate, o.DueDate, o.Status)).ShouldBe(
        [
            (new DateOnly(2026, 12, 17), new DateOnly(2026, 12, 24), ObligationStatus.MetOnTime),
            // The obligation from 22 December (due 2 February) fell away on the move, not yet late, so it is not listed.
            (new DateOnly(2027, 1, 11), new DateOnly(2027, 1, 18), ObligationStatus.MetOnTime),
            // A visit where the child was not seen (20 January) meets nothing.
            (new DateOnly(2027, 1, 15), new DateOnly(2027, 2, 26), ObligationStatus.Open),
        ]);

        // The long-term placement's first year ends on Tue 11 Jan 2028: the 6-weekly chain ends and visits are due 3 months
        // on, Tue 11 April 2028. Seen Wed 1 Mar 2028: the next is due 3 months later, Thu 1 June 2028.
        await app.AddAsync(Visit(period, new DateOnly(2028, 3, 1)));
        var longTerm = (await app.ObligationsAsync(child.Id, new DateOnly(2028, 3, 2))).Rule("lac.visits.long-term-placement.3m");
        longTerm.Select(o => (o.StartDate, o.DueDate, o.Status)).ShouldBe(
        [
            (new DateOnly(2028, 1, 11), new DateOnly(2028, 4, 11), ObligationStatus.MetOnTime),
            (new DateOnly(2028, 3, 1), new DateOnly(2028, 6, 1), ObligationStatus.Open),
        ]);
        (await app.ObligationsAsync(child.Id, new DateOnly(2028, 3, 2))).Rule("lac.visits.placement.1wk-then-6wk")
            .ShouldNotContain(o => o.Status == ObligationStatus.Open || o.Status == ObligationStatus.Overdue, "the first year is over");
    }

    [Fact]
    public async Task A_child_placed_with_a_parent_is_visited_weekly_until_the_first_review_then_6_weekly()
    {
        var child = await app.CreatePersonAsync("Uma", TestData.UniqueFamilyName(), new DateOnly(2016, 5, 1));
        var period = await app.StartPeriodAsync(child.Id, BecameLookedAfter, "V2", "P1");
        // Seen Thu 24 Dec 2026 (due that day, a week after placement), then first review Thu 14 Jan 2027: 6-weekly from
        // the review, due Thu 25 February 2027 (14 Jan + 42 days).
        await app.AddAsync(Visit(period, new DateOnly(2026, 12, 24)), Review(period, new DateOnly(2027, 1, 14)));
        var all = await app.ObligationsAsync(child.Id, new DateOnly(2027, 1, 15));

        all.Rule("lac.visits.placement.1wk-then-6wk").ShouldBeEmpty("placed with a parent, reg 28(3) replaces the ordinary pattern");
        var weekly = all.Rule("lac.visits.placed-with-parent.weekly");
        weekly[0].Status.ShouldBe(ObligationStatus.MetOnTime);
        weekly[1].DueDate.ShouldBe(new DateOnly(2026, 12, 31));
        weekly.ShouldNotContain(o => o.Status == ObligationStatus.Open, "the first review ends the weekly visits");
        all.Rule("lac.visits.placed-with-parent.6wk").ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2027, 2, 25));
    }

    [Fact]
    public async Task At_home_under_an_interim_care_order_then_a_care_order_visits_are_weekly_then_a_week_after_the_order()
    {
        var child = await app.CreatePersonAsync("Vic", TestData.UniqueFamilyName(), new DateOnly(2016, 5, 1));
        var period = await app.StartPeriodAsync(child.Id, BecameLookedAfter, "C1", "P1");
        // The care order is made on Mon 1 Feb 2027 while the child is still at home: visit within a week, Mon 8 February 2027.
        await app.AddAsync(Status(period, new DateOnly(2027, 2, 1), "C2"));
        var all = await app.ObligationsAsync(child.Id, new DateOnly(2027, 2, 2));

        all.Rule("lac.visits.placed-with-parent.weekly").ShouldBeEmpty("P1 under C1 is reg 28(4), not 28(3)");
        all.Rule("lac.visits.connected-person.weekly")[0].DueDate.ShouldBe(new DateOnly(2026, 12, 24));
        all.Rule("lac.visits.connected-person.weekly").ShouldNotContain(o => o.Status == ObligationStatus.Open || o.Status == ObligationStatus.Overdue);
        all.Rule("lac.visits.care-order-at-home.1wk-then-6wk").ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2027, 2, 8));
    }

    [Fact]
    public async Task Health_reviews_are_6_monthly_after_an_assessment_at_4_years_10_months_and_12_monthly_from_the_fifth_birthday()
    {
        // Born Mon 21 Feb 2022: 4 years 10 months on Mon 21 Dec 2026, 5 on Sun 21 Feb 2027.
        var child = await app.CreatePersonAsync("Wyn", TestData.UniqueFamilyName(), new DateOnly(2022, 2, 21));
        var period = await app.StartPeriodAsync(child.Id, BecameLookedAfter, "V2", "U4");
        await app.AddAsync(Health(period, HealthEntryKind.InitialHealthAssessment, new DateOnly(2026, 12, 21)),
            Health(period, HealthEntryKind.HealthReview, new DateOnly(2027, 6, 14)));
        var all = await app.ObligationsAsync(child.Id, new DateOnly(2027, 6, 15));

        // The initial assessment is due by the first review's 20 working days, Tue 19 January 2027; done 21 December.
        all.Rule("lac.initial-health-assessment.20wd").ShouldHaveSingleItem().Status.ShouldBe(ObligationStatus.MetOnTime);
        // Assessed at 4 years 10 months: next due 6 months later, Mon 21 June 2027; reviewed on 14 June 2027, aged 5,
        // so the next is due 12 months later, Wed 14 June 2028.
        var underFive = all.Rule("lac.health-review.under-5.6m").ShouldHaveSingleItem();
        (underFive.DueDate, underFive.Status).ShouldBe((new DateOnly(2027, 6, 21), ObligationStatus.MetOnTime));
        all.Rule("lac.health-review.5-and-over.12m").ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2028, 6, 14));
    }

    [Fact]
    public async Task An_assessment_on_the_fifth_birthday_is_an_assessment_aged_five_and_the_day_before_is_not()
    {
        var onBirthday = await app.CreatePersonAsync("Xan", TestData.UniqueFamilyName(), new DateOnly(2022, 2, 21));
        var period = await app.StartPeriodAsync(onBirthday.Id, BecameLookedAfter, "V2", "U4");
        await app.AddAsync(Health(period, HealthEntryKind.InitialHealthAssessment, new DateOnly(2027, 2, 21)));
        (await app.ObligationsAsync(onBirthday.Id, new DateOnly(2027, 3, 1))).Rule("lac.health-review.5-and-over.12m")
            .ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2028, 2, 21));

        var dayBefore = await app.CreatePersonAsync("Yon", TestData.UniqueFamilyName(), new DateOnly(2022, 2, 21));
        var period2 = await app.StartPeriodAsync(dayBefore.Id, BecameLookedAfter, "V2", "U4");
        await app.AddAsync(Health(period2, HealthEntryKind.InitialHealthAssessment, new DateOnly(2027, 2, 20)));
        (await app.ObligationsAsync(dayBefore.Id, new DateOnly(2027, 3, 1))).Rule("lac.health-review.under-5.6m")
            .ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2027, 8, 20));
    }

    [Fact]
    public async Task The_care_plan_IRO_PEP_and_placement_plan_clocks_run_from_the_period_and_placement()
    {
        var child = await app.CreatePersonAsync("Zed", TestData.UniqueFamilyName(), new DateOnly(2016, 5, 1));
        var period = await app.StartPeriodAsync(child.Id, BecameLookedAfter, "V2", "U4");
        var all = await app.ObligationsAsync(child.Id, BecameLookedAfter);

        // 5 working days from Thu 17 Dec 2026: Fri 18, Mon 21, Tue 22, Wed 23, Thu 24 December.
        all.Rule("lac.iro-appointed.5wd").ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2026, 12, 24));
        all.Rule("lac.placement-plan.5wd").ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2026, 12, 24));
        // 10 working days: ... Thu 24 (5), Tue 29 (6), Wed 30 (7), Thu 31 (8), Mon 4 Jan (9), Tue 5 January 2027 (10).
        all.Rule("lac.care-plan.10wd").ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2027, 1, 5));
        // Aged 10, of compulsory school age: the PEP is due in the same 10 working days.
        all.Rule("lac.pep.10wd").ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2027, 1, 5));

        // A baby needs no PEP; ending the period ends every clock.
        var baby = await app.CreatePersonAsync("Ada", TestData.UniqueFamilyName(), new DateOnly(2026, 6, 1));
        await app.StartPeriodAsync(baby.Id, BecameLookedAfter, "V2", "U4");
        (await app.ObligationsAsync(baby.Id, BecameLookedAfter)).Rule("lac.pep.10wd").ShouldBeEmpty();
    }

    [Fact]
    public async Task Ending_the_period_of_care_stops_the_clocks()
    {
        var child = await app.CreatePersonAsync("Bea", TestData.UniqueFamilyName(), new DateOnly(2016, 5, 1));
        var period = await app.StartPeriodAsync(child.Id, BecameLookedAfter, "V2", "U4");
        await app.QueryAsync(async db =>
        {
            var p = await db.CarePeriods.FindAsync(period.Id);
            p!.EndDate = new DateOnly(2026, 12, 21);
            p.ReasonCeased = "E13";
            return await db.SaveChangesAsync();
        });
        var all = await app.ObligationsAsync(child.Id, new DateOnly(2027, 6, 1));
        all.ShouldNotContain(o => o.Status == ObligationStatus.Open || o.Status == ObligationStatus.Overdue);
        all.ShouldAllBe(o => o.CaseId == period.Id);
    }
}
