namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8832: an episode marked ReferralNFA true has no child protection plan. Flags the plan (by its
/// LAchildID, as the DfE validator does) and the ReferralNFA flag.
/// </summary>
public sealed class Rule8832 : ChildRule
{
    public override string Code => "8832";
    public override string Message => "Child Protection details provided for a referral with no further action.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(d => d.IsReferralNfa && d.ChildProtectionPlans.Count > 0))
        {
            yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.LaChildId, child.LaChildId);
            yield return Finding(child, CensusTable.CinDetails, CensusField.ReferralNfa, episode.ReferralNfa);
        }
    }
}
