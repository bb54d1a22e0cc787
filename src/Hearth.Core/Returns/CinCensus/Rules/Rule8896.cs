namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8896: an episode has at most one open assessment (no authorisation date). The missing
/// authorisation dates are flagged.
/// </summary>
/// <remarks>
/// The DfE validator also flags the authorisation dates of the episode's completed assessments; those
/// are not what is wrong, so only the open ones are flagged here (as its 8839 does for section 47s).
/// </remarks>
public sealed class Rule8896 : ChildRule
{
    public override string Code => "8896";
    public override string Message => "Within one CINDetails group there are 2 or more open Assessments groups";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            if (episode.Assessments.Count(a => a.AuthorisationDate is null) > 1)
            {
                yield return Finding(child, CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, (string?)null);
            }
        }
    }
}
