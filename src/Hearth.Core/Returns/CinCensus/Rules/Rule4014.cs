namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4014: no CIN plan of a child may start on or between the start and end of another of the
/// child's CIN plans (to the ReferenceDate when it has no end). Flags the later plan's start and
/// the other plan's start and end, as the D2I validator does; like it, plans are compared across
/// all the child's episodes.
/// </summary>
public sealed class Rule4014 : ChildRule
{
    public override string Code => "4014";
    public override string Message => "CIN Plan data contains overlapping dates";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var plans = child.CinDetails.SelectMany(e => e.CinPlans).Where(p => p.StartDate is not null).ToList();
        foreach (var plan in plans)
        {
            foreach (var other in plans.Where(o => !ReferenceEquals(o, plan)
                && CinPlanDates.FallsWithin(plan.StartDate!.Value, o.StartDate!.Value, o.EndDate, context.PeriodEnd, endInclusive: true)))
            {
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, plan.StartDate);
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, other.StartDate);
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, other.EndDate);
            }
        }
    }
}
