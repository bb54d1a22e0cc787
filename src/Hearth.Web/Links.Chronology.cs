namespace Hearth.Web;

/// <summary>The chronology, management oversight, supervision and team manager's routes (Pages/Chronology, Pages/Oversight).</summary>
public static partial class Links
{
    public const string TeamWork = "/team";
    public const string Supervision = "/supervision";

    public static string Chronology(Guid id) => $"{Person(id)}/chronology";

    /// <summary>The chronology with filters as a GET query, so a filtered view can be bookmarked and printed.</summary>
    public static string ChronologyFiltered(Guid id, bool significantOnly, DateOnly? from, DateOnly? to, string? source) =>
        $"{Chronology(id)}{ChronologyQuery(significantOnly, from, to, source)}";

    public static string ChronologyPdf(Guid id, bool significantOnly, DateOnly? from, DateOnly? to, string? source) =>
        $"{Chronology(id)}/pdf{ChronologyQuery(significantOnly, from, to, source)}";

    public static string AddChronologyEntry(Guid id) => $"{Chronology(id)}/add";

    public static string AnnotateChronologyEntry(Guid id, long entry) => $"{Chronology(id)}/significance?entry={entry}";

    public static string Oversight(Guid id) => $"{Person(id)}/oversight";

    public static string RecordOversight(Guid id) => $"{Oversight(id)}/new";

    public static string SupervisionFor(Guid supervisee) => $"{Supervision}?supervisee={supervisee}";

    private static string ChronologyQuery(bool significantOnly, DateOnly? from, DateOnly? to, string? source)
    {
        var parts = new List<string>(4);
        if (significantOnly)
        {
            parts.Add("Significant=true");
        }
        if (from is { } f)
        {
            parts.Add($"From.Day={f.Day}&From.Month={f.Month}&From.Year={f.Year}");
        }
        if (to is { } t)
        {
            parts.Add($"To.Day={t.Day}&To.Month={t.Month}&To.Year={t.Year}");
        }
        if (!string.IsNullOrEmpty(source))
        {
            parts.Add($"Source={Uri.EscapeDataString(source)}");
        }
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
