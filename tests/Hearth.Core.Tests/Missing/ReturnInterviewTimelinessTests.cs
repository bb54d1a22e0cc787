using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Missing;

/// <summary>
/// The 72-hour return home interview rule, checked by hand in hours (SG Children who run away or go missing from home
/// or care, DfE 2014). Times are written as England's clocks show them and converted as the pages do.
/// </summary>
public sealed class ReturnInterviewTimelinessTests
{
    private static DateTime England(int year, int month, int day, int hour, int minute) =>
        EnglandClock.FromEnglandTime(new DateTime(year, month, day, hour, minute, 0));

    private static DateTime Local(DateTime utc) => EnglandClock.ToEnglandTime(utc);

    [Fact]
    public void Back_at_23_30_on_Monday_is_due_at_23_30_on_Thursday()
    {
        // Monday 16 November 2026, GMT all week: 72 hours is three days to the minute.
        var returned = England(2026, 11, 16, 23, 30);

        var due = ReturnInterviewTimeliness.DueAt(returned);

        Local(due).ShouldBe(new DateTime(2026, 11, 19, 23, 30, 0));
        (due - returned).TotalHours.ShouldBe(72);
    }

    [Fact]
    public void An_interview_on_the_72nd_hour_is_in_time_and_one_minute_later_is_late()
    {
        var returned = England(2026, 11, 16, 23, 30);
        var due = ReturnInterviewTimeliness.DueAt(returned);

        ReturnInterviewTimeliness.HeldWithin72Hours(returned, due).ShouldBeTrue();
        ReturnInterviewTimeliness.HeldWithin72Hours(returned, due.AddMinutes(1)).ShouldBeFalse();
        ReturnInterviewTimeliness.HeldWithin72Hours(returned, England(2026, 11, 19, 23, 31)).ShouldBeFalse();
    }

    [Fact]
    public void Across_the_autumn_clock_change_72_hours_are_72_elapsed_hours_so_the_clock_shows_22_30()
    {
        // Friday 23 October 2026 at 23:30 BST is 22:30 UTC. The clocks go back at 02:00 BST on Sunday 25 October, so
        // 72 elapsed hours later is 22:30 UTC on Monday 26 October, which England's clocks (now GMT) show as 22:30:
        // the wall clock moved 71 hours because the hour from 01:00 on the Sunday was lived twice.
        var returned = England(2026, 10, 23, 23, 30);
        returned.ShouldBe(new DateTime(2026, 10, 23, 22, 30, 0));

        var due = ReturnInterviewTimeliness.DueAt(returned);

        due.ShouldBe(new DateTime(2026, 10, 26, 22, 30, 0));
        Local(due).ShouldBe(new DateTime(2026, 10, 26, 22, 30, 0));
        ReturnInterviewTimeliness.HeldWithin72Hours(returned, England(2026, 10, 26, 22, 30)).ShouldBeTrue();
        ReturnInterviewTimeliness.HeldWithin72Hours(returned, England(2026, 10, 26, 23, 0)).ShouldBeFalse("23:00 GMT on the Monday is 72.5 hours on");
    }

    [Fact]
    public void Across_the_spring_clock_change_the_clock_shows_one_hour_later()
    {
        // Back at 23:30 GMT on Friday 27 March 2026; clocks go forward at 01:00 GMT on Sunday 29 March. 72 hours on is
        // 23:30 UTC on Monday 30 March, 00:30 BST on Tuesday 31 March.
        var returned = England(2026, 3, 27, 23, 30);

        Local(ReturnInterviewTimeliness.DueAt(returned)).ShouldBe(new DateTime(2026, 3, 31, 0, 30, 0));
    }

    [Fact]
    public void Overdue_only_once_past_due_with_nothing_offered_or_held()
    {
        var returned = England(2026, 11, 16, 23, 30);
        var due = ReturnInterviewTimeliness.DueAt(returned);

        ReturnInterviewTimeliness.IsOverdue(returned, null, null, due).ShouldBeFalse("on the minute is not yet late");
        ReturnInterviewTimeliness.IsOverdue(returned, null, null, due.AddMinutes(1)).ShouldBeTrue();
        ReturnInterviewTimeliness.IsOverdue(returned, returned.AddHours(10), null, due.AddDays(2)).ShouldBeFalse("offered, even if declined");
        ReturnInterviewTimeliness.IsOverdue(returned, null, returned.AddHours(80), due.AddDays(2)).ShouldBeFalse("held, late: not overdue, but not in time");
    }

    [Fact]
    public void Standing_counts_whole_hours_left_or_overdue()
    {
        var returned = England(2026, 11, 16, 23, 30);

        ReturnInterviewTimeliness.Standing(returned, null, null, returned.AddHours(1)).HoursRemaining.ShouldBe(71);
        ReturnInterviewTimeliness.Standing(returned, null, null, returned.AddHours(71).AddMinutes(30)).HoursRemaining.ShouldBe(0);
        var late = ReturnInterviewTimeliness.Standing(returned, null, null, returned.AddHours(75));
        (late.Overdue, late.HoursRemaining).ShouldBe((true, -3));
        var held = ReturnInterviewTimeliness.Standing(returned, returned.AddHours(70), returned.AddHours(73), returned.AddHours(100));
        (held.Overdue, held.HeldWithin72Hours, held.OfferedWithin72Hours, held.HoursRemaining).ShouldBe((false, (bool?)false, (bool?)true, (int?)null));
    }
}
