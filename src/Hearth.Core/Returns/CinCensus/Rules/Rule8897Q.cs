namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8897Q: an assessment authorised on or after the start of the census year has at least one factor,
/// and every factor is a census code. Flags the authorisation date and the factors cell: empty when
/// there are none, otherwise each code that is not on the census list.
/// </summary>
/// <remarks>
/// An empty FactorsIdentifiedAtAssessment element reads as no factors. The legacy 18A and 19A are
/// census codes here (they are queried by 8945Q and 8950Q instead). Assessments authorised before the
/// year are history and not checked.
/// </remarks>
public sealed class Rule8897Q : ChildRule
{
    public override string Code => "8897Q";
    public override string Message => "Parental or child factors at assessment information is missing from a completed assessment";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var assessment in child.CinDetails.SelectMany(d => d.Assessments))
        {
            if (assessment.AuthorisationDate is not { } authorised || authorised < context.PeriodStart)
            {
                continue;
            }
            if (assessment.Factors.Count == 0)
            {
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, authorised);
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, (string?)null);
                continue;
            }
            foreach (var factor in assessment.Factors.Where(f => !CensusCodeListsC.AssessmentFactors.Contains(f)))
            {
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, authorised);
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, factor);
            }
        }
    }
}
