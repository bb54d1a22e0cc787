namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4000: a referral marked no further action cannot have a CIN plan. Flags the episode's
/// ReferralNFA and the LAchildID of each CIN plan, as the D2I validator does.
/// </summary>
public sealed class Rule4000 : ChildRule
{
    public override string Code => "4000";
    public override string Message => "CIN Plan details provided for a referral with no further action";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(e => e.IsReferralNfa && e.CinPlans.Count > 0))
        {
            yield return Finding(child, CensusTable.CinDetails, CensusField.ReferralNfa, episode.ReferralNfa);
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.LaChildId, child.LaChildId);
        }
    }
}
