namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>2889: a section 47 enquiry cannot start before the referral of its episode.</summary>
public sealed class Rule2889 : ChildRule
{
    public override string Code => "2889";
    public override string Message => "The S47 start date cannot be before the referral date.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            foreach (var s47 in episode.Section47s.Where(s => s.ActualStartDate < episode.ReferralDate))
            {
                yield return Finding(child, CensusTable.Section47, CensusField.S47ActualStartDate, s47.ActualStartDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            }
        }
    }
}
