namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8831: an episode marked ReferralNFA true has no assessment dates, no section 47 start and no ICPC.
/// </summary>
/// <remarks>
/// Flags the cells the DfE validator flags: the episode's DateOfInitialCPC, and the LAchildID of each
/// offending assessment or section 47 row (their way of pointing at a whole module). Every section 47
/// in the episode is an offending row when the episode itself records an ICPC.
/// </remarks>
public sealed class Rule8831 : ChildRule
{
    public override string Code => "8831";
    public override string Message => "Activity is recorded against a case marked as a referral with no further action";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(d => d.IsReferralNfa))
        {
            var enquiries = episode.Section47s.Where(s => episode.DateOfInitialCpc is not null || s.ActualStartDate is not null).ToList();
            var assessments = episode.Assessments.Where(a => a.ActualStartDate is not null || a.AuthorisationDate is not null).ToList();
            if (episode.DateOfInitialCpc is null && enquiries.Count == 0 && assessments.Count == 0)
            {
                continue;
            }
            yield return Finding(child, CensusTable.CinDetails, CensusField.DateOfInitialCpc, episode.DateOfInitialCpc);
            if (enquiries.Count > 0)
            {
                yield return Finding(child, CensusTable.Section47, CensusField.LaChildId, child.LaChildId);
            }
            if (assessments.Count > 0)
            {
                yield return Finding(child, CensusTable.Assessments, CensusField.LaChildId, child.LaChildId);
            }
        }
    }
}
