namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8696: an assessment in the return was completed (authorised) during the collection period, ends included.</summary>
public sealed class Rule8696 : ChildRule
{
    public override string Code => "8696";
    public override string Message => "Assessment end date must fall within the census year";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails.SelectMany(d => d.Assessments)
            .Where(a => a.AuthorisationDate is { } authorised && !context.InPeriod(authorised))
            .Select(a => Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, a.AuthorisationDate));
}
