using System.Globalization;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>
/// A collection year, 1 April to 31 March (statutory-data.md A: "children referred in 1 April–31
/// March ... plus cases open at any time in the year"). Written "2025-26".
/// </summary>
public readonly record struct CensusYear(int StartYear)
{
    public DateOnly Start => new(StartYear, 4, 1);

    /// <summary>The ReferenceDate the header must carry: 31 March at the end of the year (rule 100).</summary>
    public DateOnly End => new(StartYear + 1, 3, 31);

    /// <summary>From 2026-27 CINdetails carries the PreProceedingsandFGDM block (statutory-data.md A.5).</summary>
    public bool HasPreProceedings => StartYear >= 2026;

    public override string ToString() => $"{StartYear}-{(StartYear + 1) % 100:00}";

    public static CensusYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>The year a ReferenceDate closes: 2024-03-31 closes 2023-24.</summary>
    public static CensusYear EndingOn(DateOnly referenceDate) => Containing(referenceDate);

    public static bool TryParse(string? text, out CensusYear year)
    {
        year = default;
        var parts = (text ?? "").Trim().Split('-', '/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || start is < 2000 or > 2100
            || (end != (start + 1) % 100 && end != start + 1))
        {
            return false;
        }

        year = new CensusYear(start);
        return true;
    }
}
