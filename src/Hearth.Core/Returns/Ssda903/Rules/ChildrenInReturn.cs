namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// The children a 903 return is about, read across its tables (statutory-data.md B): a child is keyed by
/// the trimmed CHILD id, their episodes read in start-date order, their date of birth taken from Header,
/// and their ages and birthdays worked out from it; and the children who are or were UASC.
/// </summary>
internal static class ChildrenInReturn
{
    /// <summary>The child's key: the CHILD id trimmed, "" when blank.</summary>
    public static string ChildKey(this Ssda903Row row) => row.CHILD.Code();

    /// <summary>True when the row has a child id and that child is one of <paramref name="children"/>.</summary>
    public static bool In(this Ssda903Row row, IReadOnlySet<string> children) =>
        row.CHILD.IsFilled() && children.Contains(row.CHILD!.Trim());

    /// <summary>The children (trimmed ids) with a row in <paramref name="rows"/>.</summary>
    public static HashSet<string> Children(IEnumerable<Ssda903Row> rows) =>
        [.. rows.Where(r => r.CHILD is not null).Select(r => r.CHILD!.Trim())];

    /// <summary>
    /// Every episode keyed by child (<see cref="ChildKey"/>, so blank ids share the key ""), earliest start
    /// first, episodes with no readable start last, then row order.
    /// </summary>
    public static ILookup<string, EpisodeRow> EpisodesInDateOrder(IEnumerable<EpisodeRow> episodes) =>
        episodes
            .OrderBy(e => Ssda903Date.Parse(e.DECOM) ?? DateOnly.MaxValue)
            .ThenBy(e => e.Row)
            .ToLookup(e => e.ChildKey());

    /// <summary>
    /// Each identified child's episodes (blank ids left out) in start order, episodes with no readable start last.
    /// </summary>
    public static IEnumerable<IReadOnlyList<EpisodeRow>> EpisodesOfEachChild(IEnumerable<EpisodeRow> episodes) =>
        EpisodesInDateOrder(episodes).Where(g => g.Key != "").Select(g => (IReadOnlyList<EpisodeRow>)[.. g]);

    /// <summary>Each child's episodes with a readable start date, in start order (row order on a tie).</summary>
    public static ILookup<string, EpisodeRow> DatedEpisodesByChild(IEnumerable<EpisodeRow> episodes) =>
        EpisodesInDateOrder(episodes.Where(e => e.CHILD is not null && Ssda903Date.Parse(e.DECOM) is not null));

    /// <summary>Each item with the one after it.</summary>
    public static IEnumerable<(T Earlier, T Later)> Pairwise<T>(this IEnumerable<T> items) => items.Zip(items.Skip(1));

    /// <summary>Each identified child's episodes in start order as (previous, current) pairs.</summary>
    public static IEnumerable<(EpisodeRow Previous, EpisodeRow Current)> ConsecutiveEpisodes(IEnumerable<EpisodeRow> episodes) =>
        EpisodesOfEachChild(episodes).SelectMany(eps => eps.Pairwise()).Select(p => (p.Earlier, p.Later));

    /// <summary>The children's dates of birth from Header (the first readable one per child).</summary>
    public static IReadOnlyDictionary<string, DateOnly> BirthDates(Ssda903Return ret)
    {
        var dates = new Dictionary<string, DateOnly>();
        foreach (var header in ret.Header)
        {
            if (header.CHILD.IsFilled() && Ssda903Date.Parse(header.DOB) is { } dob)
            {
                dates.TryAdd(header.CHILD!.Trim(), dob);
            }
        }

        return dates;
    }

    /// <summary>The row's child's date of birth, or null when Header has none readable.</summary>
    public static DateOnly? BirthDate(IReadOnlyDictionary<string, DateOnly> dates, Ssda903Row row) =>
        row.CHILD.IsFilled() && dates.TryGetValue(row.CHILD!.Trim(), out var dob) ? dob : null;

    /// <summary>The <paramref name="years"/>th birthday (29 February births have theirs on 28 February).</summary>
    public static DateOnly Birthday(DateOnly dob, int years) => dob.AddYears(years);

    /// <summary>The <paramref name="years"/>th birthday of someone whose DOB cell is <paramref name="dob"/>; null when it is not a date.</summary>
    public static DateOnly? Birthday(string? dob, int years) => Ssda903Date.Parse(dob) is { } born ? Birthday(born, years) : null;

    /// <summary>True when, on <paramref name="on"/>, a child born on <paramref name="dob"/> had not reached <paramref name="years"/>.</summary>
    public static bool Under(DateOnly dob, DateOnly on, int years) => on < Birthday(dob, years);

    /// <summary>Whole years from <paramref name="dob"/> to <paramref name="on"/>; null when the date of birth is not a date.</summary>
    public static int? AgeAt(string? dob, DateOnly on)
    {
        if (Ssda903Date.Parse(dob) is not { } birth)
        {
            return null;
        }

        var age = on.Year - birth.Year;
        return Birthday(birth, age) > on ? age - 1 : age;
    }

    /// <summary>
    /// Children with anything in this year's or last year's UASC table: UASC now or formerly (164, 392a, 406).
    /// </summary>
    public static IReadOnlySet<string> UascOrFormerlyUasc(Ssda903Context context) =>
        context.Current.Uasc.Concat(context.Previous?.Uasc ?? [])
            .Where(u => u.CHILD.IsFilled() && (u.DUC.IsFilled() || u.SEX.IsFilled() || u.DOB.IsFilled()))
            .Select(u => u.CHILD!.Trim())
            .ToHashSet();

    /// <summary>Each child's first header row, by child id.</summary>
    public static Dictionary<string, HeaderRow> HeadersByChild(this Ssda903Return ret) =>
        ret.Header.Where(h => h.CHILD is not null)
            .GroupBy(h => h.CHILD!.Trim())
            .ToDictionary(g => g.Key, g => g.First());

    /// <summary>The child's date of birth from their first header row (<see cref="HeadersByChild"/>), if that row has a valid one; unlike <see cref="BirthDate"/>, a later row is not looked at.</summary>
    public static DateOnly? FirstHeaderBirthDate(this Dictionary<string, HeaderRow> headers, string? child) =>
        child is not null && headers.TryGetValue(child.Trim(), out var h) ? h.DOB.Date() : null;

    /// <summary>Every dated episode with the child's episode before and after it (null at either end).</summary>
    public static IEnumerable<(EpisodeRow Episode, EpisodeRow? Previous, EpisodeRow? Next)> WithNeighbours(this Ssda903Return ret) =>
        ChildrenInReturn.DatedEpisodesByChild(ret.Episodes).Select(g => g.ToList()).SelectMany(episodes => episodes.Select((e, i) =>
            (e, i > 0 ? episodes[i - 1] : null, i + 1 < episodes.Count ? episodes[i + 1] : null)));

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
