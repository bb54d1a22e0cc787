using Hearth.Core.Assessment;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8650: a primary need code, when sent, is one of N0 to N9 (Hearth's own list is the census list).</summary>
public sealed class Rule8650 : ChildRule
{
    public override string Code => "8650";
    public override string Message => "Primary Need Code invalid (see Primary Need table in CIN census code set)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .Where(d => d.PrimaryNeedCode is { } code && !PrimaryNeeds.IsValid(code))
            .Select(d => Finding(child, CensusTable.CinDetails, CensusField.PrimaryNeedCode, d.PrimaryNeedCode));
}
