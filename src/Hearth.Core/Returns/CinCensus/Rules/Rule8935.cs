namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8935: a child has at most one open child protection plan (no end date), across all episodes.
/// The missing end dates are flagged.
/// </summary>
/// <remarks>
/// The DfE validator counts open plans per plan number within an episode, a number that restarts at 1
/// in each episode; so it misses two open plans in one episode and flags open plans in two episodes
/// only by coincidence. The DfE wording is per child, which is what is counted here.
/// </remarks>
public sealed class Rule8935 : ChildRule
{
    public override string Code => "8935";
    public override string Message => "This child is showing more than one open Child Protection plan, i.e. with no End Date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (ChildProtectionPlanDates.Plans(child).Count(ChildProtectionPlanDates.IsOpen) > 1)
        {
            yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, (string?)null);
        }
    }
}
