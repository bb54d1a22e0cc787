using Hearth.Core.Returns.CinCensus;

namespace Hearth.Web;

/// <summary>The statutory returns' routes (see the pages under Pages/Returns) and the child's census data quality.</summary>
public static partial class Links
{
    public const string CinCensus = "/returns/cin-census";
    public const string CinCensusImport = "/returns/cin-census/import";
    public const string DataQuality = "/returns/data-quality";

    /// <summary>The import's first post: the dry run of an uploaded file.</summary>
    public const string CinCensusImportCheck = CinCensusImport + "?handler=check";

    /// <summary>The import's second post: the file checked at the dry run, imported.</summary>
    public const string CinCensusImportConfirm = CinCensusImport + "?handler=import";

    /// <summary>The return page for a collection year written "2025-26".</summary>
    public static string CinCensusForYear(string year) => $"{CinCensus}?year={Uri.EscapeDataString(year)}";

    /// <summary>The census file itself (the DfE XML) for the year.</summary>
    public static string CinCensusXml(string year) => $"{CinCensus}?handler=xml&year={Uri.EscapeDataString(year)}";

    /// <summary>Every finding of the year's census as tab-separated values, in the DfE validator's columns.</summary>
    public static string CinCensusFindings(string year) => $"{CinCensus}?handler=findings&year={Uri.EscapeDataString(year)}";

    /// <summary>The data-quality page filtered; each filter left off when null. <paramref name="kind"/> is "errors" or "queries".</summary>
    public static string DataQualityFiltered(string? rule = null, Guid? team = null, Guid? worker = null, string? kind = null)
    {
        var parameters = new List<string>(4);
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
        if (kind is not null)
        {
            parameters.Add($"kind={Uri.EscapeDataString(kind)}");
        }
        return parameters.Count == 0 ? DataQuality : $"{DataQuality}?{string.Join('&', parameters)}";
    }

    /// <summary>The child's census findings, open and explained, where queries are explained.</summary>
    public static string PersonDataQuality(Guid id) => $"{Person(id)}/data-quality";

    /// <summary>The child's census findings just after a query was explained, with the confirmation banner.</summary>
    public static string PersonDataQualityExplained(Guid id) => $"{PersonDataQuality(id)}?explained=true";

    /// <summary>
    /// Where on the child's record a finding in the census module <paramref name="table"/> is put right:
    /// the tab that records that part of the census, or the person's details for who the child is.
    /// </summary>
    public static string CensusFix(Guid id, string table) => table switch
    {
        CensusTable.Assessments => Assessments(id),
        CensusTable.Section47 or CensusTable.ChildProtectionPlans or CensusTable.Reviews => ChildProtection(id),
        CensusTable.CinDetails or CensusTable.CinPlanDates or CensusTable.PreProceedings => ChildInNeed(id),
        CensusTable.ChildIdentifiers or CensusTable.ChildCharacteristics or CensusTable.Disabilities => ChangeDetails(id),
        _ => Person(id),
    };
}
