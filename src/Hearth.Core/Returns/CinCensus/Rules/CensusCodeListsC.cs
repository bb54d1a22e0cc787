using HearthFactors = Hearth.Core.Assessment.AssessmentFactors;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// Census code lists that differ from the lists Hearth offers when recording (statutory-data.md A.2).
/// </summary>
internal static class CensusCodeListsC
{
    /// <summary>
    /// Assessment factors a census file may carry: Hearth's list plus the legacy 18A and 19A, which
    /// were withdrawn in 2021 and are not offered in Hearth, but are still census codes (so 8897Q does
    /// not call them invalid); 8945Q and 8950Q query them instead.
    /// </summary>
    public static readonly IReadOnlySet<string> AssessmentFactors =
        new HashSet<string>(["18A", "19A", .. HearthFactors.All.Select(f => f.Code)], StringComparer.Ordinal);

    /// <summary>"No factors identified": stands alone (8869) and means RC8 or RC9 on closure (8873Q).</summary>
    public const string NoFactors = HearthFactors.NoFactors;
}
