namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8568: ReferralNFA must be sent, as true, false, TRUE, FALSE, 1 or 0.</summary>
public sealed class Rule8568 : ChildRule
{
    public override string Code => "8568";
    public override string Message => "RNFA flag is missing or invalid";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .Where(d => !CensusFlag.IsValid(d.ReferralNfa))
            .Select(d => Finding(child, CensusTable.CinDetails, CensusField.ReferralNfa, d.ReferralNfa));
}
