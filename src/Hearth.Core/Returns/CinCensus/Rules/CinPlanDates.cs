namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// When one plan starts inside another (rules 4003, 4014, 4016, 4017): the DfE rules read a plan
/// with no end date as running to the census ReferenceDate, and say whether the other plan's own end
/// date still counts as "during" it.
/// </summary>
public static class CinPlanDates
{
    /// <summary>
    /// True when <paramref name="date"/> is on or after <paramref name="start"/> and before
    /// <paramref name="end"/> (on or before it when <paramref name="endInclusive"/>), or on or before
    /// <paramref name="referenceDate"/> when there is no end.
    /// </summary>
    public static bool FallsWithin(DateOnly date, DateOnly start, DateOnly? end, DateOnly referenceDate, bool endInclusive) =>
        date >= start && end switch
        {
            null => date <= referenceDate,
            { } e => endInclusive ? date <= e : date < e,
        };
}
