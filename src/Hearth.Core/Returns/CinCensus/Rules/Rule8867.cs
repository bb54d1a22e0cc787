namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8867: every assessment in a closed episode has an authorisation date.</summary>
public sealed class Rule8867 : ChildRule
{
    public override string Code => "8867";
    public override string Message => "CIN episode is shown as closed, however Assessment is not shown as completed";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(d => d.ClosureDate is not null))
        {
            if (episode.Assessments.Any(a => a.AuthorisationDate is null))
            {
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, episode.ClosureDate);
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, (string?)null);
            }
        }
    }
}
