namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8816: an open episode that is not an NFA referral must be the child's latest referral. Its
/// CINreferralDate is flagged with that of the latest episode (the first one, when two share the
/// latest date, as the DfE validator does).
/// </summary>
public sealed class Rule8816 : ChildRule
{
    public override string Code => "8816";
    public override string Message => "An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var referred = child.CinDetails.Where(d => d.ReferralDate is not null).ToList();
        if (referred.Count == 0)
        {
            yield break;
        }
        var latest = referred.Aggregate((best, d) => d.ReferralDate > best.ReferralDate ? d : best);
        foreach (var episode in referred)
        {
            if (!ReferenceEquals(episode, latest) && episode.ClosureDate is null && CensusFlag.IsFalse(episode.ReferralNfa))
            {
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, latest.ReferralDate);
            }
        }
    }
}
