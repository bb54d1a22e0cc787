namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>Groups of 903 episode codes that several rules share (statutory-data.md B, the 903 code lists).</summary>
internal static class EpisodeCodes
{
    /// <summary>LS V3 and V4: short breaks (respite), excluded from the OC2 cohort and the placement-location rules.</summary>
    public static readonly IReadOnlySet<string> ShortBreaks = new HashSet<string> { "V3", "V4" };

    /// <summary>PLACE T0-T4: temporary placements (holiday, respite, hospital and the like).</summary>
    public static readonly IReadOnlySet<string> TemporaryPlacements = new HashSet<string> { "T0", "T1", "T2", "T3", "T4" };

    /// <summary>PLACE A3-A6: placed for adoption.</summary>
    public static readonly IReadOnlySet<string> PlacedForAdoption = new HashSet<string> { "A3", "A4", "A5", "A6" };

    /// <summary>REC E11 (unopposed) and E12 (consent dispensed with): adopted.</summary>
    public static readonly IReadOnlySet<string> Adopted = new HashSet<string> { "E11", "E12" };

    /// <summary>
    /// Placements with no Ofsted URN: with parents or others with parental responsibility (P1, P3),
    /// residential employment and the like (R1, R2, R5), temporary (T0..T4) and other (Z11..Z14).
    /// </summary>
    public static readonly IReadOnlySet<string> PlacementsWithoutUrn = new HashSet<string>
    {
        "P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14",
    };
}
