namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// The base of the rules that compare a child's records over time (adoption decisions, placement
/// providers, missing periods, 503A-G): rows that start before the previous one ends (574, 579), this
/// year's first episode beside last year's open one (503 family), last year's adoption decisions, and
/// dates compared as dates.
/// </summary>
public abstract class CareHistoryRule : Ssda903Rule
{
    /// <summary>
    /// Each row, of a child's rows in the given order, that starts while the row before it is still open
    /// (no end) or before that row ends: overlapping missing periods (574) or adoption decisions (579).
    /// </summary>
    protected static IEnumerable<T> StartsBeforePreviousEnds<T>(IEnumerable<IReadOnlyList<T>> childrensRows,
        Func<T, string?> start, Func<T, string?> end) =>
        childrensRows
            .SelectMany(rows => rows.Zip(rows.Skip(1)))
            .Where(pair => Ssda903Values.IsBlank(end(pair.First)) || Ssda903Values.Date(start(pair.Second)) < Ssda903Values.Date(end(pair.First)))
            .Select(pair => pair.Second);
    /// <summary>
    /// The 503 family's pair: each child's first episode this year (earliest DECOM) with last year's latest
    /// episode (latest DECOM) when that one was still open at 31 March. Nothing without last year's return.
    /// </summary>
    protected static IEnumerable<(EpisodeRow First, EpisodeRow OpenLastYear)> CarriedOverEpisodes(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            yield break;
        }

        var lastYear = ChildrenInReturn.EpisodesInDateOrder(context.Previous.Episodes);
        foreach (var child in ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes))
        {
            var latest = lastYear[child.Key].Where(e => Ssda903Values.Date(e.DECOM) is not null).LastOrDefault();
            if (latest is not null && Ssda903Values.IsBlank(latest.DEC))
            {
                yield return (child.First(), latest);
            }
        }
    }

    /// <summary>Last year's PlacedAdoption rows by child, or none without last year's return.</summary>
    protected static ILookup<string, PlacedAdoptionRow> LastYearsDecisions(Ssda903Context context) =>
        (context.Previous?.PlacedAdoption ?? []).ToLookup(p => Ssda903Values.Code(p.CHILD));

    /// <summary>Same date, or the same text when either is not a date.</summary>
    protected static bool SameDate(string? a, string? b) =>
        Ssda903Values.Date(a) is { } x && Ssda903Values.Date(b) is { } y ? x == y : Ssda903Values.Code(a) == Ssda903Values.Code(b);
}
