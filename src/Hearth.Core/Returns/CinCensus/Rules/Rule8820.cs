namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8820: a child's episodes do not overlap. A referral must not fall on or after another episode's
/// referral and before its closure, or, for an open episode that is not an NFA referral, before the
/// ReferenceDate. One episode may close on the day the next is referred (the DfE note says so).
/// The later referral date is flagged, with the other episode's referral and closure dates.
/// </summary>
public sealed class Rule8820 : ChildRule
{
    public override string Code => "8820";
    public override string Message => "The dates on the CIN episodes for this child overlap";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var referred = child.CinDetails.Where(d => d.ReferralDate is not null).ToList();
        foreach (var (episode, other) in StartedWhileOngoing.Pairs(referred))
        {
            var ongoing = CensusFlag.IsFalse(other.ReferralNfa);
            if (StartedWhileOngoing.Check(
                episode.ReferralDate!.Value, other.ReferralDate!.Value, other.ClosureDate, ongoing, context.PeriodEnd, endInclusive: false))
            {
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, other.ReferralDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, other.ClosureDate);
            }
        }
    }
}
