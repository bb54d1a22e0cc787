namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8772: UPN unknown reason UN7 means "referral with no further action", so every episode of that
/// child must be NFA; each episode that is not is flagged with the UN7.
/// </summary>
public sealed class Rule8772 : ChildRule
{
    public override string Code => "8772";
    public override string Message => "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.UpnUnknown != "UN7")
        {
            yield break;
        }

        foreach (var episode in child.CinDetails.Where(d => !d.IsReferralNfa))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.UpnUnknown, child.UpnUnknown);
            yield return Finding(child, CensusTable.CinDetails, CensusField.ReferralNfa, episode.ReferralNfa);
        }
    }
}
