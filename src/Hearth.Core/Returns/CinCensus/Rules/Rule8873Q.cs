namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8873Q: when an episode's only assessment found no factors (code 21), the episode's reason for
/// closure is RC8 or RC9 ("closed after assessment"). Flags the factor and the reason.
/// </summary>
/// <remarks>
/// As in the DfE rule text and validator, an episode with no reason yet (still open) is queried too:
/// an assessment that found nothing usually means the case should close.
/// The DfE validator also matches factor 2B here, which is a slip in its code; only 21 is matched.
/// </remarks>
public sealed class Rule8873Q : ChildRule
{
    public override string Code => "8873Q";
    public override string Message => "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            if (episode.Assessments is [var only]
                && only.Factors.Contains(CensusCodeListsC.NoFactors)
                && episode.ReasonForClosure is not ("RC8" or "RC9"))
            {
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentFactors, CensusCodeListsC.NoFactors);
                yield return Finding(child, CensusTable.CinDetails, CensusField.ReasonForClosure, episode.ReasonForClosure);
            }
        }
    }
}
