using Hearth.Core.Statutory;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Statutory;

public class WorkingDaysTests
{
    [Fact]
    public void Fifteen_working_days_from_18_December_2026_is_13_January_2027()
    {
        // Fri 25 Dec 2026 Christmas, Sat 26 Boxing Day -> Mon 28 Dec substitute, Fri 1 Jan 2027.
        WorkingDays.AddWorkingDays(new DateOnly(2026, 12, 18), 15).ShouldBe(new DateOnly(2027, 1, 13));
    }

    [Fact]
    public void Five_working_days_from_the_Thursday_before_Easter_2025_skips_Good_Friday_and_Easter_Monday()
    {
        // Good Friday 18 Apr, Easter Monday 21 Apr 2025: Tue 22 is day 1, Mon 28 is day 5.
        WorkingDays.AddWorkingDays(new DateOnly(2025, 4, 17), 5).ShouldBe(new DateOnly(2025, 4, 28));
        WorkingDays.WorkingDaysBetween(new DateOnly(2025, 4, 17), new DateOnly(2025, 4, 28)).ShouldBe(5);
    }

    [Fact]
    public void One_working_day_from_the_Thursday_before_Easter_2026_is_the_Tuesday_after()
    {
        // Good Friday 3 Apr, Easter Monday 6 Apr 2026.
        WorkingDays.AddWorkingDays(new DateOnly(2026, 4, 2), 1).ShouldBe(new DateOnly(2026, 4, 7));
    }

    [Fact]
    public void Ten_working_days_from_Easter_Saturday_2026_starts_counting_on_the_Tuesday()
    {
        // Day 1 is the next working day, Tue 7 Apr; day 10 is Mon 20 Apr.
        WorkingDays.AddWorkingDays(new DateOnly(2026, 4, 4), 10).ShouldBe(new DateOnly(2026, 4, 20));
    }

    [Fact]
    public void One_working_day_from_1_June_2022_is_6_June_because_of_the_moved_spring_holiday_and_the_jubilee()
    {
        WorkingDays.AddWorkingDays(new DateOnly(2022, 6, 1), 1).ShouldBe(new DateOnly(2022, 6, 6));
        // And the usual last Monday in May, 30 May 2022, was a working day.
        WorkingDays.AddWorkingDays(new DateOnly(2022, 5, 27), 1).ShouldBe(new DateOnly(2022, 5, 30));
    }

    [Fact]
    public void One_working_day_from_Friday_16_September_2022_is_Tuesday_20_because_of_the_state_funeral()
    {
        WorkingDays.AddWorkingDays(new DateOnly(2022, 9, 16), 1).ShouldBe(new DateOnly(2022, 9, 20));
    }

    [Fact]
    public void The_2023_coronation_Monday_is_not_a_working_day()
    {
        WorkingDays.AddWorkingDays(new DateOnly(2023, 5, 5), 1).ShouldBe(new DateOnly(2023, 5, 9));
        // Early May (1 May) and coronation (8 May) in one count: Fri 28 Apr + 5 is Tue 9 May.
        WorkingDays.AddWorkingDays(new DateOnly(2023, 4, 28), 5).ShouldBe(new DateOnly(2023, 5, 9));
    }

    [Fact]
    public void Christmas_2021_on_a_Saturday_makes_the_27th_and_28th_non_working_days()
    {
        WorkingDays.AddWorkingDays(new DateOnly(2021, 12, 24), 1).ShouldBe(new DateOnly(2021, 12, 29));
    }

    [Fact]
    public void New_Year_2022_on_a_Saturday_makes_Monday_3_January_a_non_working_day()
    {
        WorkingDays.AddWorkingDays(new DateOnly(2021, 12, 31), 1).ShouldBe(new DateOnly(2022, 1, 4));
    }

    [Fact]
    public void Christmas_2022_on_a_Sunday_makes_the_26th_and_27th_non_working_days()
    {
        WorkingDays.AddWorkingDays(new DateOnly(2022, 12, 23), 1).ShouldBe(new DateOnly(2022, 12, 28));
    }

    [Fact]
    public void Zero_working_days_is_the_event_day_itself()
    {
        WorkingDays.AddWorkingDays(new DateOnly(2025, 4, 19), 0).ShouldBe(new DateOnly(2025, 4, 19));
    }

    [Fact]
    public void A_negative_count_goes_back_over_the_bank_holidays()
    {
        WorkingDays.AddWorkingDays(new DateOnly(2025, 4, 22), -1).ShouldBe(new DateOnly(2025, 4, 17));
    }

    [Fact]
    public void Working_days_between_gives_the_day_number_and_undoes_adding()
    {
        var referral = new DateOnly(2026, 12, 18);
        for (var n = 0; n <= 60; n++)
        {
            var due = WorkingDays.AddWorkingDays(referral, n);
            WorkingDays.WorkingDaysBetween(referral, due).ShouldBe(n);
            WorkingDays.WorkingDaysBetween(due, referral).ShouldBe(-n);
        }
    }

    [Fact]
    public void A_weekend_after_the_due_day_adds_no_working_days()
    {
        WorkingDays.WorkingDaysBetween(new DateOnly(2025, 11, 7), new DateOnly(2025, 11, 9)).ShouldBe(0);
    }

    [Theory]
    [InlineData("2025-01-31", 1, "2025-02-28")]
    [InlineData("2024-01-31", 1, "2024-02-29")]
    [InlineData("2025-08-31", 3, "2025-11-30")]
    [InlineData("2025-01-10", 3, "2025-04-10")]
    [InlineData("2025-03-31", -1, "2025-02-28")]
    public void Months_follow_the_corresponding_date_rule_and_fall_back_to_the_month_end(string start, int months, string expected)
    {
        WorkingDays.AddMonths(DateOnly.Parse(start), months).ShouldBe(DateOnly.Parse(expected));
    }

    [Fact]
    public void A_year_from_29_February_is_28_February()
    {
        WorkingDays.AddYears(new DateOnly(2024, 2, 29), 1).ShouldBe(new DateOnly(2025, 2, 28));
    }

    [Fact]
    public void Weeks_are_seven_calendar_days_each_regardless_of_holidays()
    {
        WorkingDays.AddWeeks(new DateOnly(2025, 12, 19), 1).ShouldBe(new DateOnly(2025, 12, 26));
        WorkingDays.AddCalendarDays(new DateOnly(2025, 12, 19), 3).ShouldBe(new DateOnly(2025, 12, 22));
    }

    [Fact]
    public void The_next_working_day_on_or_after_Christmas_Eve_2027_is_the_24th_and_after_Christmas_is_the_29th()
    {
        var calendar = HolidayCalendar.EnglandAndWales;
        WorkingDays.NextWorkingDayOnOrAfter(new DateOnly(2027, 12, 24), calendar).ShouldBe(new DateOnly(2027, 12, 24));
        WorkingDays.NextWorkingDayOnOrAfter(new DateOnly(2027, 12, 25), calendar).ShouldBe(new DateOnly(2027, 12, 29));
    }
}
