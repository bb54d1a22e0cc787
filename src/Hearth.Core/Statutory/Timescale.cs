namespace Hearth.Core.Statutory;

/// <summary>An amount of time in one unit, such as 15 working days or 6 months.</summary>
public readonly record struct Timescale
{
    public Timescale(int amount, TimescaleUnit unit, TimescaleCounting counting = TimescaleCounting.StartIsDayZero)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown timescale unit.");
        }

        if (counting == TimescaleCounting.StartIsDayOne && amount == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A period beginning with the start day is at least one day long.");
        }

        Amount = amount;
        Unit = unit;
        Counting = counting;
    }

    public int Amount { get; }

    public TimescaleUnit Unit { get; }

    public TimescaleCounting Counting { get; }

    /// <summary>True when lateness is counted in working days rather than calendar days.</summary>
    public bool IsInWorkingDays => Unit == TimescaleUnit.WorkingDays;

    public static Timescale OfWorkingDays(int amount) => new(amount, TimescaleUnit.WorkingDays);

    public static Timescale OfCalendarDays(int amount) => new(amount, TimescaleUnit.CalendarDays);

    public static Timescale OfWeeks(int amount) => new(amount, TimescaleUnit.Weeks);

    public static Timescale OfMonths(int amount) => new(amount, TimescaleUnit.Months);

    public static Timescale OfYears(int amount) => new(amount, TimescaleUnit.Years);

    /// <summary>
    /// The last day on which the thing is on time. A calendar-unit due date that falls on a weekend or
    /// bank holiday is not moved: "not more than 6 weeks" and "within 3 months" are maximum
    /// intervals, and rolling forward would let the interval exceed the legal maximum. Only the
    /// subject access request convention rolls forward (timescales.md section 10), and no rule here
    /// uses it.
    /// </summary>
    public DateOnly DueFrom(DateOnly start, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (Counting == TimescaleCounting.StartIsDayOne)
        {
            if (Unit == TimescaleUnit.WorkingDays)
            {
                // The start day is day 1 only if it is a working day; otherwise day 1 is the next one.
                return WorkingDays.AddWorkingDays(start, calendar.IsWorkingDay(start) ? Amount - 1 : Amount, calendar);
            }

            return DayZeroDue(start, calendar).AddDays(-1);
        }

        return DayZeroDue(start, calendar);
    }

    /// <summary>
    /// How late <paramref name="date"/> is against <paramref name="due"/>, in this timescale's day type:
    /// working days for a working-day rule, calendar days otherwise; 0 when on time. For a
    /// working-day rule a Saturday after a Friday due date is 0: the next working day has not begun,
    /// which is how the CIN census counts "within 45 working days".
    /// </summary>
    public int LatenessOf(DateOnly date, DateOnly due, IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (date <= due)
        {
            return 0;
        }

        return IsInWorkingDays
            ? WorkingDays.WorkingDaysBetween(due, date, calendar)
            : date.DayNumber - due.DayNumber;
    }

    public override string ToString()
    {
        var unit = (Unit, Amount) switch
        {
            (TimescaleUnit.WorkingDays, 1) => "working day",
            (TimescaleUnit.WorkingDays, _) => "working days",
            (TimescaleUnit.CalendarDays, 1) => "day",
            (TimescaleUnit.CalendarDays, _) => "days",
            (TimescaleUnit.Weeks, 1) => "week",
            (TimescaleUnit.Weeks, _) => "weeks",
            (TimescaleUnit.Months, 1) => "month",
            (TimescaleUnit.Months, _) => "months",
            (TimescaleUnit.Years, 1) => "year",
            _ => "years",
        };
        var counting = Counting == TimescaleCounting.StartIsDayOne ? " beginning with the day" : string.Empty;
        return $"{Amount} {unit}{counting}";
    }

    private DateOnly DayZeroDue(DateOnly start, IWorkingDayCalendar calendar) => Unit switch
    {
        TimescaleUnit.WorkingDays => WorkingDays.AddWorkingDays(start, Amount, calendar),
        TimescaleUnit.CalendarDays => WorkingDays.AddCalendarDays(start, Amount),
        TimescaleUnit.Weeks => WorkingDays.AddWeeks(start, Amount),
        TimescaleUnit.Months => WorkingDays.AddMonths(start, Amount),
        _ => WorkingDays.AddYears(start, Amount),
    };
}
