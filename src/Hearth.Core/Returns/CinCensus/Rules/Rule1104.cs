namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 1104: an initial child protection conference cannot be before the referral of its episode.
/// </summary>
/// <remarks>
/// The DfE rule is about DateOfInitialCPC (N00110) wherever it is recorded. The D2I validator only
/// compares the Section47 one; an episode-level ICPC (recorded there when there is no section 47 in
/// the return) before the referral is the same error, so it is flagged too, on its own cell.
/// </remarks>
public sealed class Rule1104 : ChildRule
{
    public override string Code => "1104";
    public override string Message => "The date of the initial child protection conference cannot be before the referral date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            foreach (var s47 in episode.Section47s.Where(s => s.DateOfInitialCpc < episode.ReferralDate))
            {
                yield return Finding(child, CensusTable.Section47, CensusField.DateOfInitialCpc, s47.DateOfInitialCpc);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            }

            if (episode.DateOfInitialCpc < episode.ReferralDate)
            {
                yield return Finding(child, CensusTable.CinDetails, CensusField.DateOfInitialCpc, episode.DateOfInitialCpc);
                yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            }
        }
    }
}
