namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// Shared reading of a 903 return for the G1 rules: the value of a named column, the findings for
/// several cells of one row, each child's header and episodes in date order, and runs of adjoining
/// episodes (one ends the day the next starts).
/// </summary>
internal static class EpisodeHistoryG1
{
    /// <summary>The raw text of the column <paramref name="field"/> (the property of that name) in <paramref name="row"/>.</summary>
    public static string? Value(this Ssda903Row row, string field) =>
        (string?)row.GetType().GetProperty(field)?.GetValue(row);

    public static DateOnly? Date(this string? text) => Ssda903Date.Parse(text);

    /// <summary>Each child's first header row, by child id.</summary>
    public static Dictionary<string, HeaderRow> HeadersByChild(this Ssda903Return ret) =>
        ret.Header.Where(h => h.CHILD is not null)
            .GroupBy(h => h.CHILD!.Trim())
            .ToDictionary(g => g.Key, g => g.First());

    /// <summary>The child's date of birth from the header, if the header has a valid one.</summary>
    public static DateOnly? BirthDate(this Dictionary<string, HeaderRow> headers, string? child) =>
        child is not null && headers.TryGetValue(child.Trim(), out var h) ? h.DOB.Date() : null;

    /// <summary>
    /// Runs of a child's episodes that all match <paramref name="matches"/> and adjoin (each ends the
    /// day the next starts), e.g. one continuous spell under a legal status across placement changes.
    /// </summary>
    public static IEnumerable<List<EpisodeRow>> AdjoiningRuns(this Ssda903Return ret, Func<EpisodeRow, bool> matches)
    {
        foreach (var episodes in ChildrenInReturn.DatedEpisodesByChild(ret.Episodes).Select(g => g.ToList()))
        {
            List<EpisodeRow>? run = null;
            EpisodeRow? previous = null;
            foreach (var e in episodes)
            {
                if (!matches(e))
                {
                    if (run is not null) yield return run;
                    run = null;
                }
                else if (run is not null && previous is not null && previous.DEC.Date() == e.DECOM.Date())
                {
                    run.Add(e);
                }
                else
                {
                    if (run is not null) yield return run;
                    run = [e];
                }
                previous = e;
            }
            if (run is not null) yield return run;
        }
    }

    /// <summary>Days from the run's first start to its last end (31 March when still open).</summary>
    public static int SpanDays(this List<EpisodeRow> run, DateOnly collectionEnd) =>
        (run[^1].DEC.Date() ?? collectionEnd).DayNumber - run[0].DECOM.Date()!.Value.DayNumber;

    /// <summary>The date <paramref name="years"/> on (a birthday), capped at the calendar's ends so a silly date sent cannot throw.</summary>
    public static DateOnly PlusYears(this DateOnly date, int years) =>
        date.Year + years > DateOnly.MaxValue.Year ? DateOnly.MaxValue
        : date.Year + years < DateOnly.MinValue.Year ? DateOnly.MinValue
        : date.AddYears(years);

    /// <summary>The date <paramref name="days"/> on, capped at the last day of the calendar.</summary>
    public static DateOnly PlusDays(this DateOnly date, int days) =>
        date.DayNumber + days > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : date.AddDays(days);

    /// <summary>
    /// The episodes of each continuous spell under legal status <paramref name="legalStatus"/> that
    /// lasted more than <paramref name="maxDays"/> days (an open spell runs to 31 March).
    /// </summary>
    public static IEnumerable<EpisodeRow> OverlongSpells(this Ssda903Context context, string legalStatus, int maxDays) =>
        context.Current.AdjoiningRuns(e => e.LS.Trimmed() == legalStatus)
            .Where(run => run.SpanDays(context.CollectionEnd) > maxDays)
            .SelectMany(run => run);

    /// <summary>Every dated episode with the child's episode before and after it (null at either end).</summary>
    public static IEnumerable<(EpisodeRow Episode, EpisodeRow? Previous, EpisodeRow? Next)> WithNeighbours(this Ssda903Return ret) =>
        ChildrenInReturn.DatedEpisodesByChild(ret.Episodes).Select(g => g.ToList()).SelectMany(episodes => episodes.Select((e, i) =>
            (e, i > 0 ? episodes[i - 1] : null, i + 1 < episodes.Count ? episodes[i + 1] : null)));

    /// <summary>Temporary placements T0..T4 (holiday, respite, hospital and the like).</summary>
    public static readonly IReadOnlySet<string> TemporaryPlacements = new HashSet<string> { "T0", "T1", "T2", "T3", "T4" };

    /// <summary>
    /// Placements with no Ofsted URN: with parents or others with parental responsibility (P1, P3),
    /// residential employment and the like (R1, R2, R5), temporary (T0..T4) and other (Z11..Z14).
    /// </summary>
    public static readonly IReadOnlySet<string> PlacementsWithoutUrn = new HashSet<string>
    {
        "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14",
    };

    /// <summary>
    /// The children looked after continuously for at least 12 months at 31 March (the OC2 cohort): a
    /// run of adjoining episodes, none of them a short break (V3, V4), that began on or before 1 April
    /// of the collection year and was still open at 31 March (or ended that day, as D2I counts it).
    /// </summary>
    public static HashSet<string> ContinuouslyLookedAfter12Months(this Ssda903Context context) =>
        [.. context.Current.AdjoiningRuns(e => e.LS.Trimmed() is not ("V3" or "V4"))
            .Where(run => run[0].DECOM.Date() <= context.CollectionStart
                && (run[^1].DEC.Trimmed() is null || run[^1].DEC.Date() >= context.CollectionEnd))
            .Select(run => run[0].CHILD!.Trim())];

    /// <summary>Rows of <paramref name="rows"/> for the child, matched on the trimmed id.</summary>
    public static IEnumerable<T> For<T>(this IEnumerable<T> rows, string? child) where T : Ssda903Row =>
        rows.Where(r => r.CHILD is not null && child is not null && r.CHILD.Trim() == child.Trim());

    /// <summary>
    /// Each header row of this year's return with the same child's header from last year's; none when
    /// last year's return is not loaded.
    /// </summary>
    public static IEnumerable<(HeaderRow Now, HeaderRow Last)> HeadersInBothYears(this Ssda903Context context)
    {
        if (context.Previous is null) yield break;
        var last = context.Previous.HeadersByChild();
        foreach (var h in context.Current.Header)
        {
            if (h.CHILD.Trimmed() is { } child && last.TryGetValue(child, out var before)) yield return (h, before);
        }
    }
}
