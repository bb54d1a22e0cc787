namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8614: factors are what a completed assessment found, so an assessment with no authorisation date
/// has none. The missing date and each factor code are flagged.
/// </summary>
public sealed class Rule8614 : ChildRule
{
    public override string Code => "8614";
    public override string Message => "Parental or child factors at assessment should only be present for a completed assessment.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var assessment in child.CinDetails.SelectMany(d => d.Assessments).Where(a => a.AuthorisationDate is null && a.Factors.Count > 0))
        {
            yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, assessment.AuthorisationDate);
            foreach (var factor in assessment.Factors)
            {
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, factor);
            }
        }
    }
}
