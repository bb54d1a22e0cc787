namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8736: an assessment with no authorisation date is still open, so it is reported for this year
/// only if it started in it; one that started earlier should have been completed in an earlier
/// return. A missing start date is flagged too (it cannot be shown to fall in the year).
/// </summary>
public sealed class Rule8736 : ChildRule
{
    public override string Code => "8736";
    public override string Message => "For an Assessment that has not been completed, the start date must fall within the census year";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var assessment in child.CinDetails.SelectMany(d => d.Assessments)
                     .Where(a => a.AuthorisationDate is null && !(a.ActualStartDate is { } started && context.InPeriod(started))))
        {
            yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, assessment.AuthorisationDate);
            yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentActualStartDate, assessment.ActualStartDate);
        }
    }
}
