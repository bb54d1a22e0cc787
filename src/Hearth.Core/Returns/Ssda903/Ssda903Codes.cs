namespace Hearth.Core.Returns.Ssda903;

/// <summary>
/// The SSDA903 code lists for 2026-27 (statutory-data.md B.2, from the DfE validator's lists). Rules
/// use these sets; where a rule's own list differs (a code valid only with a certain placement), the
/// rule says so itself.
/// </summary>
public static class Ssda903Codes
{
    public static readonly IReadOnlySet<string> Sex = new HashSet<string> { "M", "F", "U" };

    /// <summary>RNE: S started, L legal status only, P placement and carer, T placement same carer, B all three, U legal status and placement same carer.</summary>
    public static readonly IReadOnlySet<string> ReasonForNewEpisode = new HashSet<string> { "S", "L", "P", "T", "B", "U" };

    public static readonly IReadOnlySet<string> LegalStatus = new HashSet<string>
    {
        "C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3",
    };

    /// <summary>CIN: category of need N1..N8.</summary>
    public static readonly IReadOnlySet<string> CategoryOfNeed = new HashSet<string> { "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8" };

    /// <summary>PLACE from 2025-26 (rule 146): H5, P2 and Z1 dropped, Z11..Z14 added.</summary>
    public static readonly IReadOnlySet<string> Placement = new HashSet<string>
    {
        "A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1",
        "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14",
    };

    /// <summary>PLACE_PROVIDER: PR0 parent, PR1 own LA, PR2 other LA, PR3 other public, PR4 private, PR5 voluntary.</summary>
    public static readonly IReadOnlySet<string> PlacementProvider = new HashSet<string> { "PR0", "PR1", "PR2", "PR3", "PR4", "PR5" };

    /// <summary>REC: reason episode ceased; X1 = the episode ends and a new one starts the same day.</summary>
    public static readonly IReadOnlySet<string> ReasonEpisodeCeased = new HashSet<string>
    {
        "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5", "E6", "E7", "E8", "E9",
        "E14", "E15", "E16", "E17", "X1",
    };

    public static readonly IReadOnlySet<string> ReasonPlaceChange = new HashSet<string>
    {
        "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER",
    };

    /// <summary>REVIEW_CODE: participation in the review, PN0..PN7.</summary>
    public static readonly IReadOnlySet<string> ReviewParticipation = new HashSet<string> { "PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7" };

    /// <summary>MISSING: M missing, A away from placement without authorisation.</summary>
    public static readonly IReadOnlySet<string> MissingType = new HashSet<string> { "M", "A" };

    /// <summary>PREV_PERM: P1 adoption, P2 SGO, P3 residence or child arrangements order, P4 unknown, Z1 none.</summary>
    public static readonly IReadOnlySet<string> PreviousPermanence = new HashSet<string> { "P1", "P2", "P3", "P4", "Z1" };

    public static readonly IReadOnlySet<string> InTouch = new HashSet<string> { "YES", "NO", "DIED", "REFU", "NREQ", "RHOM" };

    public static readonly IReadOnlySet<string> Activity = new HashSet<string> { "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "G4", "G5", "G6", "0" };

    /// <summary>ACCOM: a type letter then 1 suitable or 2 unsuitable, or 0.</summary>
    public static readonly IReadOnlySet<string> Accommodation = new HashSet<string>(
        "BCDEGHKRSTUVWXYZ".SelectMany(letter => new[] { $"{letter}1", $"{letter}2" }).Append("0"));

    public static readonly IReadOnlySet<string> SdqReason = new HashSet<string> { "SDQ1", "SDQ2", "SDQ3", "SDQ4", "SDQ5" };

    public static readonly IReadOnlySet<string> SexOfAdopters = new HashSet<string> { "M1", "F1", "MM", "FF", "MF" };

    public static readonly IReadOnlySet<string> LegalStatusOfAdopters = new HashSet<string> { "L0", "L11", "L12", "L2", "L3", "L4" };

    public static readonly IReadOnlySet<string> ReasonPlacedCeased = new HashSet<string> { "RD1", "RD2", "RD3", "RD4" };

    public static readonly IReadOnlySet<string> SocialWorkerChangeReason = new HashSet<string>
    {
        "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS",
    };

    /// <summary>0/1 flags of OC2, AD1 and UASC.</summary>
    public static readonly IReadOnlySet<string> Flag = new HashSet<string> { "0", "1" };

    /// <summary>True when <paramref name="value"/>, trimmed, is one of <paramref name="codes"/>.</summary>
    public static bool Is(this IReadOnlySet<string> codes, string? value) => value is not null && codes.Contains(value.Trim());
}
