using Hearth.Core.Statutory;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Statutory;

public class TimescaleTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.EnglandAndWales;

    [Fact]
    public void Twenty_six_weeks_beginning_with_the_day_of_issue_ends_on_day_182()
    {
        // CA89 s32: issued Mon 6 Jan 2025 is day 1, so day 182 is Sun 6 Jul 2025.
        var timescale = new Timescale(26, TimescaleUnit.Weeks, TimescaleCounting.StartIsDayOne);

        timescale.DueFrom(new DateOnly(2025, 1, 6), Calendar).ShouldBe(new DateOnly(2025, 7, 6));
    }

    [Fact]
    public void A_calendar_due_date_on_a_weekend_is_not_moved_to_the_next_working_day()
    {
        var due = Timescale.OfWeeks(6).DueFrom(new DateOnly(2025, 11, 15), Calendar);

        due.ShouldBe(new DateOnly(2025, 12, 27));
        due.DayOfWeek.ShouldBe(DayOfWeek.Saturday);
    }

    [Fact]
    public void Three_months_from_31_August_is_30_November()
    {
        Timescale.OfMonths(3).DueFrom(new DateOnly(2025, 8, 31), Calendar).ShouldBe(new DateOnly(2025, 11, 30));
    }

    [Fact]
    public void Working_days_beginning_with_the_day_count_the_start_only_when_it_is_a_working_day()
    {
        var timescale = new Timescale(2, TimescaleUnit.WorkingDays, TimescaleCounting.StartIsDayOne);

        timescale.DueFrom(new DateOnly(2025, 4, 17), Calendar).ShouldBe(new DateOnly(2025, 4, 22));
        timescale.DueFrom(new DateOnly(2025, 4, 19), Calendar).ShouldBe(new DateOnly(2025, 4, 23));
    }

    [Fact]
    public void Lateness_is_counted_in_working_days_for_working_day_timescales_and_calendar_days_otherwise()
    {
        var due = new DateOnly(2025, 4, 17);
        var tuesdayAfterEaster = new DateOnly(2025, 4, 22);

        Timescale.OfWorkingDays(5).LatenessOf(tuesdayAfterEaster, due, Calendar).ShouldBe(1);
        Timescale.OfWeeks(5).LatenessOf(tuesdayAfterEaster, due, Calendar).ShouldBe(5);
        Timescale.OfWeeks(5).LatenessOf(due, due, Calendar).ShouldBe(0);
    }

    [Fact]
    public void A_timescale_reads_as_words()
    {
        Timescale.OfWorkingDays(15).ToString().ShouldBe("15 working days");
        Timescale.OfMonths(1).ToString().ShouldBe("1 month");
        new Timescale(26, TimescaleUnit.Weeks, TimescaleCounting.StartIsDayOne).ToString().ShouldBe("26 weeks beginning with the day");
    }

    [Fact]
    public void A_negative_timescale_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Timescale.OfWeeks(-1));
    }
}
