using Hearth.Core.Statutory;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// What a rule needs besides the child: the collection period the file reports on, the year it is
/// being validated as, and the working-day calendar for rules 8670Q and 8675Q.
/// </summary>
/// <remarks>
/// The period comes from the file's own ReferenceDate (the DfE validator does the same: a file
/// dated 2024-03-31 is checked against 1 April 2023 to 31 March 2024), while rule 100 compares that
/// ReferenceDate with the year the authority says it is returning.
/// </remarks>
public sealed class CensusContext
{
    /// <param name="asAt">
    /// For in-year checks: the day the data is taken. The period then ends that day, so "started more
    /// than 45 working days before the end of the year" (8670Q) means late now, not late by next March.
    /// </param>
    public CensusContext(CensusMessage message, CensusYear returnYear, IWorkingDayCalendar? calendar = null, DateOnly? asAt = null)
    {
        Message = message;
        ReturnYear = returnYear;
        Calendar = calendar ?? HolidayCalendar.EnglandAndWales;
        var reference = message.Header.ReferenceDate ?? returnYear.End;
        PeriodStart = reference.AddYears(-1).AddDays(1);
        PeriodEnd = (asAt ?? message.AsAt) is { } day && day < reference ? day : reference;
    }

    public CensusMessage Message { get; }
    public CensusYear ReturnYear { get; }
    public IWorkingDayCalendar Calendar { get; }

    /// <summary>The first day of the collection period (1 April).</summary>
    public DateOnly PeriodStart { get; }

    /// <summary>The last day of the collection period (31 March, the ReferenceDate).</summary>
    public DateOnly PeriodEnd { get; }

    public bool InPeriod(DateOnly date) => date >= PeriodStart && date <= PeriodEnd;
}
