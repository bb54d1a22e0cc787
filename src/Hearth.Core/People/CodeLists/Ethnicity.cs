namespace Hearth.Core.People.CodeLists;

/// <summary>
/// The DfE's ethnicity codes as collected in the CIN census (CBDS item N00177; the census
/// schema's ethnicity type and validation rule 4220), also used by the SSDA903 return.
/// Labels follow the DfE's descriptions. Shared reference: statutory-data.md A.2.
/// </summary>
public static class Ethnicity
{
    private static readonly CodeList List = new(
        new("WBRI", "White British"),
        new("WIRI", "White Irish"),
        new("WIRT", "Traveller of Irish heritage"),
        new("WOTH", "Any other White background"),
        new("WROM", "Gypsy or Roma"),
        new("MWBC", "White and Black Caribbean"),
        new("MWBA", "White and Black African"),
        new("MWAS", "White and Asian"),
        new("MOTH", "Any other mixed background"),
        new("AIND", "Indian"),
        new("APKN", "Pakistani"),
        new("ABAN", "Bangladeshi"),
        new("AOTH", "Any other Asian background"),
        new("BCRB", "Black Caribbean"),
        new("BAFR", "Black African"),
        new("BOTH", "Any other Black background"),
        new("CHNE", "Chinese"),
        new("OOTH", "Any other ethnic group"),
        new("REFU", "Refused"),
        new("NOBT", "Information not yet obtained"));

    /// <summary>All 20 codes in the DfE's order.</summary>
    public static IReadOnlyList<CodeListEntry> All => List.All;

    /// <summary>True for one of the 20 codes (exact, upper case).</summary>
    public static bool IsValid(string? code) => List.IsValid(code);

    /// <summary>The label for a code, or null for a code not in the list.</summary>
    public static string? LabelFor(string? code) => List.LabelFor(code);
}
