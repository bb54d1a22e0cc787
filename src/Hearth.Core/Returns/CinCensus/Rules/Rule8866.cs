using Hearth.Core.FrontDoor;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8866: a referral made on or after 1 April 2013 (when ReferralSource became mandatory) has a valid
/// referral source code. Flags the referral date and the source.
/// </summary>
public sealed class Rule8866 : ChildRule
{
    private static readonly DateOnly SourceRequiredFrom = new(2013, 4, 1);

    public override string Code => "8866";
    public override string Message => "Source of Referral is missing or an invalid code";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            if (episode.ReferralDate >= SourceRequiredFrom && !ReferralSource.IsValid(episode.ReferralSource))
            {
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.ReferralSource, episode.ReferralSource);
            }
        }
    }
}
