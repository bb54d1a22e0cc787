namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4017: no child protection plan may start while one of the child's CIN plans is open (from its
/// start up to its end, or to the ReferenceDate if it has none). Starting on the day the CIN plan
/// ends is the normal step up and is allowed. Compared across the child's episodes, as the D2I
/// validator does.
/// </summary>
public sealed class Rule4017 : ChildRule
{
    public override string Code => "4017";
    public override string Message => "A CIN Plan has been reported as open at the same time as a Child Protection Plan.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var cinPlans = child.CinDetails.SelectMany(e => e.CinPlans).Where(p => p.StartDate is not null).ToList();
        foreach (var plan in child.CinDetails.SelectMany(e => e.ChildProtectionPlans))
        {
            if (plan.StartDate is not { } start)
            {
                continue;
            }

            foreach (var cinPlan in cinPlans.Where(c =>
                CinPlanDates.FallsWithin(start, c.StartDate!.Value, c.EndDate, context.PeriodEnd, endInclusive: false)))
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, start);
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, cinPlan.StartDate);
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, cinPlan.EndDate);
            }
        }
    }
}
