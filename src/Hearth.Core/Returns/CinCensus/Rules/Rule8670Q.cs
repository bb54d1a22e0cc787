using Hearth.Core.Statutory;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8670Q: an assessment should be completed within 45 working days, so one still open at the
/// ReferenceDate should not have started before the 45th working day before it (England and Wales
/// bank holidays, the context's calendar). Starting on that day itself is not queried.
/// </summary>
public sealed class Rule8670Q : ChildRule
{
    public override string Code => "8670Q";
    public override string Message => "Please check and either amend data or provide a reason: Assessment started more than 45 working days before the end of the census year. However, there is no Assessment end date.";

    private const int AssessmentWorkingDays = 45;

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var earliestOpenStart = WorkingDays.AddWorkingDays(context.PeriodEnd, -AssessmentWorkingDays, context.Calendar);
        foreach (var assessment in child.CinDetails.SelectMany(d => d.Assessments)
                     .Where(a => a.AuthorisationDate is null && a.ActualStartDate < earliestOpenStart))
        {
            yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, assessment.AuthorisationDate);
            yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentActualStartDate, assessment.ActualStartDate);
        }
    }
}
