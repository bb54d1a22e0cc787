using Hearth.Core.Returns.Ssda903;

namespace Hearth.Web;

/// <summary>The SSDA903 return's routes (see Pages/Returns/Ssda903*.cshtml) and where a 903 finding is put right.</summary>
public static partial class Links
{
    public const string Ssda903 = "/returns/ssda903";
    public const string Ssda903Import = "/returns/ssda903/import";
    public const string Ssda903DataQuality = "/returns/ssda903/data-quality";

    /// <summary>The import's first post: the dry run of the uploaded CSV files (or zip).</summary>
    public const string Ssda903ImportCheck = Ssda903Import + "?handler=check";

    /// <summary>The import's second post: the files checked at the dry run, imported.</summary>
    public const string Ssda903ImportConfirm = Ssda903Import + "?handler=import";

    /// <summary>The return page for a collection year written "2026-27".</summary>
    public static string Ssda903ForYear(string year) => $"{Ssda903}?year={Uri.EscapeDataString(year)}";

    /// <summary>The year's CSV tables, one file per table, in a zip.</summary>
    public static string Ssda903Csv(string year) => $"{Ssda903}?handler=csv&year={Uri.EscapeDataString(year)}";

    /// <summary>The year's return as the DfE's one XML file.</summary>
    public static string Ssda903Xml(string year) => $"{Ssda903}?handler=xml&year={Uri.EscapeDataString(year)}";

    /// <summary>Every finding of the year's 903 as tab-separated values (as <c>hearth export ssda903 --findings</c> writes them).</summary>
    public static string Ssda903Findings(string year) => $"{Ssda903}?handler=findings&year={Uri.EscapeDataString(year)}";

    /// <summary>The 903 data-quality page filtered; each filter left off when null.</summary>
    public static string Ssda903DataQualityFiltered(string? rule = null, Guid? team = null, Guid? worker = null)
    {
        var parameters = new List<string>(3);
        if (rule is not null)
        {
            parameters.Add($"rule={Uri.EscapeDataString(rule)}");
        }
        if (team is { } t)
        {
            parameters.Add($"team={t}");
        }
        if (worker is { } w)
        {
            parameters.Add($"worker={w}");
        }
        return parameters.Count == 0 ? Ssda903DataQuality : $"{Ssda903DataQuality}?{string.Join('&', parameters)}";
    }

    /// <summary>
    /// Where on the child's record a 903 finding in <paramref name="table"/> is put right: the Looked after tab for
    /// the episodes (legal statuses, placements) and what hangs off a period of care, its reviews page for reviews,
    /// its health page for OC2, the Missing tab, the Care leaver tab for OC3, and the person's details for who the
    /// child is (the header's sex, date of birth, ethnicity and UPN).
    /// </summary>
    public static string Ssda903Fix(Guid id, string table, string field) => table switch
    {
        Ssda903Table.Header when field is "SEX" or "DOB" or "ETHNIC" or "UPN" => ChangeDetails(id),
        Ssda903Table.Reviews => LookedAfterReviews(id),
        Ssda903Table.Oc2 => LookedAfterHealth(id),
        Ssda903Table.Oc3 => CareLeaver(id),
        Ssda903Table.Missing => MissingEpisodes(id),
        _ => LookedAfter(id),
    };
}
