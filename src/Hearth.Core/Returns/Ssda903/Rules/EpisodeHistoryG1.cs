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

    /// <summary>The date <paramref name="years"/> on (a birthday), capped at the calendar's ends so a silly date sent cannot throw.</summary>
    public static DateOnly PlusYears(this DateOnly date, int years) =>
        date.Year + years > DateOnly.MaxValue.Year ? DateOnly.MaxValue
        : date.Year + years < DateOnly.MinValue.Year ? DateOnly.MinValue
        : date.AddYears(years);

    /// <summary>The date <paramref name="days"/> on, capped at the last day of the calendar.</summary>
    public static DateOnly PlusDays(this DateOnly date, int days) =>
        date.DayNumber + days > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : date.AddDays(days);

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
