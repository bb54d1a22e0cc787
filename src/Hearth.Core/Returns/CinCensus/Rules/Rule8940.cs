namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8940: a child's child protection plans do not overlap: no plan starts on or between another plan's
/// start and end date, or, while that one is open, its start and the ReferenceDate. Flags the later
/// start with the other plan's start and end date.
/// </summary>
/// <remarks>
/// Plans are compared across all the child's episodes. The DfE validator skips pairs that share a plan
/// number, which restarts in each episode, so it misses overlaps between the first plans of two
/// episodes; the DfE wording ("any other group") is followed here.
/// </remarks>
public sealed class Rule8940 : ChildRule
{
    public override string Code => "8940";
    public override string Message => "Child Protection Plan data contains overlapping dates";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var started = ChildProtectionPlanDates.Plans(child).Where(p => p.StartDate is not null).ToList();
        foreach (var (plan, other) in StartedWhileOngoing.Pairs(started))
        {
            if (StartedWhileOngoing.Check(
                plan.StartDate!.Value, other.StartDate!.Value, other.EndDate, ChildProtectionPlanDates.IsOpen(other), context.PeriodEnd))
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, plan.StartDate);
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, other.StartDate);
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, other.EndDate);
            }
        }
    }
}
