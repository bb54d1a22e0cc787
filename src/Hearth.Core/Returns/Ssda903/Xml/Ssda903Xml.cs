namespace Hearth.Core.Returns.Ssda903.Xml;

/// <summary>
/// The XML form of the SSDA903 return (statutory-data.md B.1): <c>&lt;EXPSSDA903&gt;</c> holding one <c>&lt;CHILD&gt;</c>
/// per child, each a <c>&lt;HEADER&gt;</c> and then the child's <c>&lt;EPISODE&gt;</c>s. Element names and order are those of
/// the schema the DfE last published ("Expanded SSDA903 Return", CLA.xsd v3.3.0, kept in
/// SocialFinanceDigitalLabs/csc-data-synthesizer tests/data) and of the DfE validator's XML ingress
/// (data-to-insight/csc-validator-be-903 lac_validator/ingress.py, tests/fake_data/fake_903.xml).
/// </summary>
/// <remarks>
/// The header carries what the CSV spreads over nine tables: the child (CHILDID is the CSV's CHILD), UASC and DUC, the
/// AD1 and OC3 items, AMISSING and AREVIEW groups, MOTHER and MC_DOB, PERMANENCE, OC2 and AD_PLACED groups. The rows of
/// those tables take DOB (and UASC's SEX) from the header. EPISODE's PL is the CSV's PLACE. Dates are dd/mm/yyyy, as
/// in the CSV (the schema's pattern). SWEpisodes (2023-24) and DoLo (2026-27) came after the last published schema and
/// the validator's XML ingress does not read them, so the XML form does not carry them: <see cref="Tables"/>.
/// </remarks>
public static class Ssda903Xml
{
    public const string Root = "EXPSSDA903";
    public const string Child = "CHILD";
    public const string Header = "HEADER";
    public const string Episode = "EPISODE";
    public const string ChildId = "CHILDID";
    public const string Place = "PL";
    public const string Missing = "AMISSING";
    public const string Review = "AREVIEW";
    public const string Permanence = "PERMANENCE";
    public const string Oc2 = "OC2";
    public const string PlacedAdoption = "AD_PLACED";

    /// <summary>The tables the XML form carries: all but SWEpisodes and DoLo.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        Ssda903Table.Header, Ssda903Table.Episodes, Ssda903Table.Reviews, Ssda903Table.Uasc, Ssda903Table.Oc2, Ssda903Table.Oc3,
        Ssda903Table.Ad1, Ssda903Table.PlacedAdoption, Ssda903Table.PrevPerm, Ssda903Table.Missing,
    ];

    /// <summary>The header's own items before the repeating groups, in schema order (UASC and DUC, AD1 and OC3 in between).</summary>
    internal static readonly string[] HeaderStart = ["CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC"];

    internal static readonly string[] Ad1Items = ["DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"];
    internal static readonly string[] Oc3Items = ["IN_TOUCH", "ACTIV", "ACCOM"];
    internal static readonly string[] MissingItems = ["MISSING", "MIS_START", "MIS_END"];
    internal static readonly string[] ReviewItems = ["REVIEW", "REVIEW_CODE"];
    internal static readonly string[] MotherItems = ["MOTHER", "MC_DOB"];
    internal static readonly string[] PermanenceItems = ["PREV_PERM", "LA_PERM", "DATE_PERM"];

    internal static readonly string[] Oc2Items =
    [
        "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
        "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED",
    ];

    internal static readonly string[] PlacedAdoptionItems = ["DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED"];

    internal static readonly string[] EpisodeItems =
        ["DECOM", "RNE", "LS", "CIN", "PL", "PL_POST", "HOME_POST", "URN", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE"];

    /// <summary>The model's column for an element: CHILDID is CHILD, PL is PLACE; every other element is its column's name.</summary>
    internal static string Column(string element) => element switch
    {
        ChildId => nameof(Ssda903Row.CHILD),
        Place => nameof(EpisodeRow.PLACE),
        _ => element,
    };
}
