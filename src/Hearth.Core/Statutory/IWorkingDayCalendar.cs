namespace Hearth.Core.Statutory;

/// <summary>
/// Decides which days count when a timescale is expressed in working days. The statutory
/// definition is fixed (see <see cref="HolidayCalendar"/>); the abstraction exists so an authority's
/// own closure days can be added for local-procedure clocks, and so tests can use a simple calendar.
/// </summary>
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly date);
}
