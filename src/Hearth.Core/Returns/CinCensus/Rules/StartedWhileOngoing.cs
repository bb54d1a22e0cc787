namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// The "starts while another is ongoing" test shared by the overlap rules (8820 episodes, 8863Q
/// assessments, 8890 section 47 enquiries, 8940 child protection plans): a start must not fall on or
/// after another item's start and up to that item's end, or up to the ReferenceDate while that other
/// item is still ongoing.
/// </summary>
internal static class StartedWhileOngoing
{
    /// <param name="start">The start being checked.</param>
    /// <param name="otherStart">The other item's start.</param>
    /// <param name="otherEnd">The other item's end, if it has ended.</param>
    /// <param name="otherOngoing">Whether an other item with no end counts as ongoing (an NFA episode does not, for 8820).</param>
    /// <param name="referenceDate">The ReferenceDate that an ongoing item runs to.</param>
    /// <param name="endInclusive">Whether starting on the other's last day overlaps (8820 allows it; the others do not).</param>
    public static bool Check(
        DateOnly start, DateOnly otherStart, DateOnly? otherEnd, bool otherOngoing, DateOnly referenceDate, bool endInclusive = true)
    {
        if (start < otherStart)
        {
            return false;
        }
        if (otherEnd is { } end)
        {
            return endInclusive ? start <= end : start < end;
        }
        return otherOngoing && (endInclusive ? start <= referenceDate : start < referenceDate);
    }

    /// <summary>Every ordered pair of different items (by position, so two identical items are still a pair).</summary>
    public static IEnumerable<(T Item, T Other)> Pairs<T>(IReadOnlyList<T> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = 0; j < items.Count; j++)
            {
                if (i != j)
                {
                    yield return (items[i], items[j]);
                }
            }
        }
    }
}
