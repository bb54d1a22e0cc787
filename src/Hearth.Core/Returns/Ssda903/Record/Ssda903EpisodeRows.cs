using Hearth.Core.LookedAfter;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// The Episodes table rows of one period of care for a collection year: the episodes <see cref="Ssda903Episodes"/>
/// derives, those open at any time from 1 April to the day the return is taken (statutory-data.md B: every episode open
/// at any time in the year). An end after that day has not happened yet, so DEC, REC and REASON_PLACE_CHANGE are blank.
/// </summary>
internal static class Ssda903EpisodeRows
{
    public static IEnumerable<EpisodeRow> For(PeriodOfCare period, string child, Guid personId, DateOnly yearStart, DateOnly asAt)
    {
        IReadOnlyList<DerivedEpisode> episodes;
        try
        {
            episodes = Ssda903Episodes.Derive(period);
        }
        catch (ArgumentException)
        {
            // A period the record cannot derive episodes from (a placement after its end...) has no rows; the
            // looked-after pages show the same period as needing correction.
            yield break;
        }
        foreach (var e in episodes.Where(e => e.Start <= asAt && (e.End is null || e.End >= yearStart)))
        {
            var ended = e.End <= asAt;
            var row = Ssda903Episodes.ToRow(child, 0, ended ? e : e with { End = null, ReasonCeased = null, ReasonPlaceChange = null });
            row.PersonId = personId;
            yield return row;
        }
    }
}
