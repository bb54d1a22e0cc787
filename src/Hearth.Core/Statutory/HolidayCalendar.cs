namespace Hearth.Core.Statutory;

/// <summary>
/// The working-day calendar: not a Saturday or Sunday, not Christmas Day or Good Friday, and not an
/// England and Wales bank holiday under the Banking and Financial Dealings Act 1971 (the usual
/// regulatory definition of "working day", timescales.md section 10). An authority may add its own
/// closure days; they then count as non-working for every clock computed with this calendar, which
/// is why <see cref="EnglandAndWales"/> (the statutory definition, no local days) is the default.
/// </summary>
public sealed class HolidayCalendar : IWorkingDayCalendar
{
    private readonly Dictionary<DateOnly, ClosureDay> closures;

    public HolidayCalendar(IEnumerable<ClosureDay>? localClosureDays = null)
    {
        closures = [];
        foreach (var day in localClosureDays ?? [])
        {
            if (!closures.TryAdd(day.Date, day))
            {
                throw new ArgumentException(
                    $"The local closure day {day.Date:yyyy-MM-dd} is listed twice.",
                    nameof(localClosureDays));
            }
        }

        LocalClosureDays = [.. closures.Values.OrderBy(d => d.Date)];
    }

    /// <summary>The statutory calendar with no local closure days.</summary>
    public static HolidayCalendar EnglandAndWales { get; } = new();

    public IReadOnlyList<ClosureDay> LocalClosureDays { get; }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !EnglandAndWalesBankHolidays.IsBankHoliday(date)
        && (closures.Count == 0 || !closures.ContainsKey(date));
}
