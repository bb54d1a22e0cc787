namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8825Q: an episode closed RC8 or RC9 ("closed after assessment") has an assessment.</summary>
public sealed class Rule8825Q : ChildRule
{
    public override string Code => "8825Q";
    public override string Message => "Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .Where(d => d.ReasonForClosure is "RC8" or "RC9" && d.Assessments.Count == 0)
            .Select(d => Finding(child, CensusTable.CinDetails, CensusField.ReasonForClosure, d.ReasonForClosure));
}
