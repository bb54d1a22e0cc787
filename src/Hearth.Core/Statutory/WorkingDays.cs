namespace Hearth.Core.Statutory;

/// <summary>
/// Date arithmetic for statutory clocks, following timescales.md section 10.
/// </summary>
public static class WorkingDays
{
    /// <summary>
    /// "Within N working days of X": X is day 0 and the due date is the Nth working day after X.
    /// If X is not a working day, day 1 is the next working day, which this gives without a special
    /// case. Zero returns X itself; a negative N counts back (the Nth working day before X).
    /// </summary>
    public static DateOnly AddWorkingDays(DateOnly start, int workingDays) =>
        AddWorkingDays(start, workingDays, HolidayCalendar.EnglandAndWales);

    public static DateOnly AddWorkingDays(DateOnly start, int workingDays, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var step = workingDays < 0 ? -1 : 1;
        var remaining = Math.Abs(workingDays);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (calendar.IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>: the
    /// day number of <paramref name="to"/> when <paramref name="from"/> is day 0, so an assessment
    /// concluded on its 45th working day gives 45. Negative when <paramref name="to"/> is earlier.
    /// </summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        WorkingDaysBetween(from, to, HolidayCalendar.EnglandAndWales);

    public static int WorkingDaysBetween(DateOnly from, DateOnly to, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (to < from)
        {
            return -WorkingDaysBetween(to, from, calendar);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (calendar.IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public static DateOnly NextWorkingDayOnOrAfter(DateOnly date, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    public static DateOnly AddCalendarDays(DateOnly start, int days) => start.AddDays(days);

    /// <summary>Weeks are 7n calendar days (timescales.md section 10).</summary>
    public static DateOnly AddWeeks(DateOnly start, int weeks) => start.AddDays(checked(7 * weeks));

    /// <summary>
    /// Calendar months (Interpretation Act 1978 Sch 1) by the corresponding-date rule (Dodds v Walker
    /// [1981]): the same day number in the target month, or that month's last day when it has no such
    /// day, so 31 January + 1 month is 28 (or 29) February. DateOnly.AddMonths clamps exactly this way.
    /// </summary>
    public static DateOnly AddMonths(DateOnly start, int months) => start.AddMonths(months);

    /// <summary>Calendar years by the same corresponding-date rule: 29 February + 1 year is 28 February.</summary>
    public static DateOnly AddYears(DateOnly start, int years) => start.AddYears(years);
}
