namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8610: a referral that went on to further action (ReferralNFA false) needs a primary need code.</summary>
public sealed class Rule8610 : ChildRule
{
    public override string Code => "8610";
    public override string Message => "Primary Need code is missing for a referral which led to further action.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(d => CensusFlag.IsFalse(d.ReferralNfa) && string.IsNullOrWhiteSpace(d.PrimaryNeedCode)))
        {
            yield return Finding(child, CensusTable.CinDetails, CensusField.ReferralNfa, episode.ReferralNfa);
            yield return Finding(child, CensusTable.CinDetails, CensusField.PrimaryNeedCode, episode.PrimaryNeedCode);
        }
    }
}
