namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>1103: an assessment cannot start before the referral of its episode.</summary>
public sealed class Rule1103 : ChildRule
{
    public override string Code => "1103";
    public override string Message => "The assessment start date cannot be before the referral date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            foreach (var assessment in episode.Assessments.Where(a => a.ActualStartDate < episode.ReferralDate))
            {
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentActualStartDate, assessment.ActualStartDate);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            }
        }
    }
}
