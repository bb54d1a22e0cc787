using Hearth.Core.Statutory;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Statutory;

public class HolidayCalendarTests
{
    [Fact]
    public void Weekends_Christmas_Good_Friday_and_bank_holidays_are_not_working_days()
    {
        var calendar = HolidayCalendar.EnglandAndWales;

        calendar.IsWorkingDay(new DateOnly(2025, 4, 18)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2025, 12, 25)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2025, 12, 27)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2025, 12, 29)).ShouldBeTrue();
    }

    [Fact]
    public void A_local_closure_day_stops_being_a_working_day_only_in_that_authority_s_calendar()
    {
        var local = new HolidayCalendar([new ClosureDay(new DateOnly(2025, 12, 24), "Christmas Eve closure")]);

        WorkingDays.AddWorkingDays(new DateOnly(2025, 12, 23), 1, local).ShouldBe(new DateOnly(2025, 12, 29));
        WorkingDays.AddWorkingDays(new DateOnly(2025, 12, 23), 1).ShouldBe(new DateOnly(2025, 12, 24));
        local.LocalClosureDays.Count.ShouldBe(1);
    }

    [Fact]
    public void A_closure_day_listed_twice_is_refused()
    {
        var day = new ClosureDay(new DateOnly(2025, 12, 24), "Closure");

        Should.Throw<ArgumentException>(() => new HolidayCalendar([day, day]));
    }
}
