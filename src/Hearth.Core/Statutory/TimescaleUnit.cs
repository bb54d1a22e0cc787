namespace Hearth.Core.Statutory;

public enum TimescaleUnit
{
    WorkingDays,
    CalendarDays,
    Weeks,
    Months,
    Years,
}
