namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8863Q: within an episode, an assessment does not start on or between another assessment's start
/// and authorisation date, or, while that one is still open, its start and the ReferenceDate. Flags
/// the later start with the other assessment's start and authorisation date.
/// </summary>
/// <remarks>
/// Two assessments with the same start and the same authorisation date are not compared, as in the
/// DfE validator: they are the same assessment sent twice, which is not an overlap to explain.
/// </remarks>
public sealed class Rule8863Q : ChildRule
{
    public override string Code => "8863Q";
    public override string Message => "An Assessment is shown as starting when there is another Assessment ongoing.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            var started = episode.Assessments.Where(a => a.ActualStartDate is not null).ToList();
            foreach (var (assessment, other) in StartedWhileOngoing.Pairs(started))
            {
                if (assessment.ActualStartDate == other.ActualStartDate && assessment.AuthorisationDate == other.AuthorisationDate)
                {
                    continue;
                }
                if (StartedWhileOngoing.Check(
                    assessment.ActualStartDate!.Value, other.ActualStartDate!.Value, other.AuthorisationDate, otherOngoing: true, context.PeriodEnd))
                {
                    yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentActualStartDate, assessment.ActualStartDate);
                    yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentActualStartDate, other.ActualStartDate);
                    yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, other.AuthorisationDate);
                }
            }
        }
    }
}
