namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8630: an episode cannot close before its referral.</summary>
public sealed class Rule8630 : ChildRule
{
    public override string Code => "8630";
    public override string Message => "CIN Closure Date is before CIN Referral Date for the same CIN episode";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(d => d.ClosureDate < d.ReferralDate))
        {
            yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, episode.ClosureDate);
        }
    }
}
