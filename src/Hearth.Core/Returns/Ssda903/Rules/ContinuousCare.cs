namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// Continuous care: runs of a child's episodes with no gap between them (each ends the day the next
/// starts), the spells they make, and the children looked after continuously for at least 12 months at
/// 31 March, for whom OC2 is returned (statutory-data.md B, OC2 "looked after ≥ 12 months"; the DfE's
/// definition excludes children looked after only under an agreed series of short breaks, V3/V4).
/// </summary>
internal static class ContinuousCare
{
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

    /// <summary>
    /// The episodes of each continuous spell under legal status <paramref name="legalStatus"/> that
    /// lasted more than <paramref name="maxDays"/> days (an open spell runs to 31 March).
    /// </summary>
    public static IEnumerable<EpisodeRow> OverlongSpells(this Ssda903Context context, string legalStatus, int maxDays) =>
        context.Current.AdjoiningRuns(e => e.LS.Trimmed() == legalStatus)
            .Where(run => run.SpanDays(context.CollectionEnd) > maxDays)
            .SelectMany(run => run);

    /// <summary>
    /// The children looked after continuously for at least 12 months at 31 March (the OC2 cohort, 157, 181-198): a
    /// run of adjoining episodes, none of them a short break (V3, V4), that began on or before 1 April
    /// of the collection year and was still open at 31 March (or ended that day, as D2I counts it).
    /// </summary>
    public static HashSet<string> ContinuouslyLookedAfter(this Ssda903Context context) =>
        [.. context.Current.AdjoiningRuns(e => e.LS.Trimmed() is not ("V3" or "V4"))
            .Where(run => run[0].DECOM.Date() <= context.CollectionStart
                && (run[^1].DEC.Trimmed() is null || run[^1].DEC.Date() >= context.CollectionEnd))
            .Select(run => run[0].CHILD!.Trim())];
}
