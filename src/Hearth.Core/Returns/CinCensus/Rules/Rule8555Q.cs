namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8555Q: no referral after the child's date of death; each such referral is flagged with the death date.</summary>
public sealed class Rule8555Q : ChildRule
{
    public override string Code => "8555Q";
    public override string Message => "Child cannot be referred after its recorded date of death";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.PersonDeathDate is not { } death)
        {
            yield break;
        }

        foreach (var episode in child.CinDetails.Where(d => d.ReferralDate > death))
        {
            yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, death);
        }
    }
}
