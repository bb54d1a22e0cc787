namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 2990: an episode closed after assessment (RC8 no further action, RC9 referred to early help)
/// cannot have an episode-level ICPC, a section 47, a child protection plan or a CIN plan.
/// </summary>
/// <remarks>
/// Cells as the D2I validator flags them: the episode's DateOfInitialCPC (even when missing, as
/// the marker of the episode) and the LAchildID of each offending module.
/// </remarks>
public sealed class Rule2990 : ChildRule
{
    private static readonly string[] ClosedAfterAssessment = ["RC8", "RC9"];

    public override string Code => "2990";
    public override string Message => "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(e => ClosedAfterAssessment.Contains(e.ReasonForClosure)))
        {
            var hasActivity = episode.DateOfInitialCpc is not null || episode.Section47s.Count > 0
                || episode.ChildProtectionPlans.Count > 0 || episode.CinPlans.Count > 0;
            if (!hasActivity)
            {
                continue;
            }

            yield return Finding(child, CensusTable.CinDetails, CensusField.DateOfInitialCpc, episode.DateOfInitialCpc);
            if (episode.Section47s.Count > 0)
            {
                yield return Finding(child, CensusTable.Section47, CensusField.LaChildId, child.LaChildId);
            }

            if (episode.ChildProtectionPlans.Count > 0)
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.LaChildId, child.LaChildId);
            }

            if (episode.CinPlans.Count > 0)
            {
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.LaChildId, child.LaChildId);
            }
        }
    }
}
