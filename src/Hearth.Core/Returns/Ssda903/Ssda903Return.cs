namespace Hearth.Core.Returns.Ssda903;

/// <summary>
/// One year's SSDA903 return: every table of statutory-data.md B.1. Built from the record for
/// export and data quality, or read from the CSVs (or XML) for import and validation.
/// </summary>
public sealed class Ssda903Return
{
    public List<HeaderRow> Header { get; init; } = [];
    public List<EpisodeRow> Episodes { get; init; } = [];
    public List<ReviewRow> Reviews { get; init; } = [];
    public List<UascRow> Uasc { get; init; } = [];
    public List<Oc2Row> Oc2 { get; init; } = [];
    public List<Oc3Row> Oc3 { get; init; } = [];
    public List<Ad1Row> Ad1 { get; init; } = [];
    public List<PlacedAdoptionRow> PlacedAdoption { get; init; } = [];
    public List<PrevPermRow> PrevPerm { get; init; } = [];
    public List<MissingRow> Missing { get; init; } = [];
    public List<SwEpisodeRow> SwEpisodes { get; init; } = [];
    public List<DoloRow> Dolo { get; init; } = [];
}

/// <summary>The table names, as the DfE validator reports them.</summary>
public static class Ssda903Table
{
    public const string Header = "Header";
    public const string Episodes = "Episodes";
    public const string Reviews = "Reviews";
    public const string Uasc = "UASC";
    public const string Oc2 = "OC2";
    public const string Oc3 = "OC3";
    public const string Ad1 = "AD1";
    public const string PlacedAdoption = "PlacedAdoption";
    public const string PrevPerm = "PrevPerm";
    public const string Missing = "Missing";
    public const string SwEpisodes = "SWEpisodes";
    public const string Dolo = "DoLo";
}
