namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8608: an assessment cannot be authorised (its end) before it started.</summary>
public sealed class Rule8608 : ChildRule
{
    public override string Code => "8608";
    public override string Message => "Assessment Start Date cannot be later than its End Date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var assessment in child.CinDetails.SelectMany(d => d.Assessments).Where(a => a.ActualStartDate > a.AuthorisationDate))
        {
            yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentActualStartDate, assessment.ActualStartDate);
            yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, assessment.AuthorisationDate);
        }
    }
}
