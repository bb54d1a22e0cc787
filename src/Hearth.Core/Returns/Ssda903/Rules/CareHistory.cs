namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// How a child's care ends and what follows it (adoption E11/E12, ceasing care, DoLO spells, care
/// leavers on OC3): events in the collection year, a child's latest episode, and the care leavers'
/// 17th/18th birthday (1002-1016, 620, 705 and their neighbours).
/// </summary>
public static class CareHistory
{
    /// <summary>1 April to 31 March of the collection year.</summary>
    public static bool InYear(this Ssda903Context context, DateOnly? date) =>
        date is { } d && d >= context.CollectionStart && d <= context.CollectionEnd;

    /// <summary>The child's latest episode (by start), or null when the child has none.</summary>
    public static EpisodeRow? LatestEpisode(this ILookup<string, EpisodeRow> episodes, string? child) =>
        child is null ? null : episodes[child.Trim()].LastOrDefault();

    /// <summary>
    /// Whether an episode overlaps the days <paramref name="start"/> to <paramref name="end"/>; an episode
    /// with no end date is open and runs on.
    /// </summary>
    public static bool Overlaps(this EpisodeRow episode, DateOnly start, DateOnly end) =>
        Ssda903Date.Parse(episode.DECOM) is { } decom && decom <= end
        && (Ssda903Date.Parse(episode.DEC) is not { } dec || dec >= start);

    /// <summary>The child's episodes overlapping a DoLO that has both a start and an end date.</summary>
    public static IEnumerable<EpisodeRow> DoloEpisodes(DoloRow dolo, ILookup<string, EpisodeRow> episodes) =>
        Ssda903Date.Parse(dolo.DOLO_START) is { } start && Ssda903Date.Parse(dolo.DOLO_END) is { } end && dolo.CHILD is not null
            ? episodes[dolo.CHILD.Trim()].Where(e => e.Overlaps(start, end))
            : [];

    /// <summary>An episode ending in the year with an adoption (REC E11/E12).</summary>
    public static bool AdoptedIn(this EpisodeRow episode, Ssda903Context context) =>
        context.InYear(Ssda903Date.Parse(episode.DEC)) && EpisodeCodes.Adopted.Contains(Ssda903Values.Code(episode.REC));

    /// <summary>An episode ending in the year with the child leaving care (a REC other than X1).</summary>
    public static bool CeasedIn(this EpisodeRow episode, Ssda903Context context) =>
        context.InYear(Ssda903Date.Parse(episode.DEC)) && Ssda903Values.Code(episode.REC) is not ("" or "X1");

    /// <summary>An OC3 row with any care leaver information (IN_TOUCH, ACTIV or ACCOM).</summary>
    public static bool HasCareLeaverData(this Oc3Row row) => !Ssda903Values.IsBlank(row.IN_TOUCH) || !Ssda903Values.IsBlank(row.ACTIV) || !Ssda903Values.IsBlank(row.ACCOM);

    /// <summary>The care leaver cells (IN_TOUCH, ACTIV, ACCOM) that are completed: what the OC3 rules flag.</summary>
    public static IEnumerable<FlaggedCell> CareLeaverCells(Oc3Row row) =>
        FindingCells.Flagged(row, nameof(Oc3Row.IN_TOUCH), nameof(Oc3Row.ACTIV), nameof(Oc3Row.ACCOM)).Where(c => !Ssda903Values.IsBlank(c.Value));

    /// <summary>
    /// The 17th or 18th birthday that fell in the collection year, for someone aged 17 or 18 on 31 March
    /// (the care leavers OC3 asks about); null for any other age or an invalid date of birth.
    /// </summary>
    public static DateOnly? CareLeaverBirthday(string? dob, Ssda903Context context)
    {
        if (Ssda903Date.Parse(dob) is not { } born)
        {
            return null;
        }
        foreach (var age in new[] { 18, 17 })
        {
            if (context.InYear(born.AddYears(age)))
            {
                return born.AddYears(age);
            }
        }
        return null;
    }

}
