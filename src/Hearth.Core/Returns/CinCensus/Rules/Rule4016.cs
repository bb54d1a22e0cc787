namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4016: no CIN plan may start while one of the child's child protection plans is open (from its
/// start up to its end, or to the ReferenceDate if it has none). Starting on the day a child
/// protection plan ends is the normal step down and is allowed. Compared across the child's
/// episodes, as the D2I validator does.
/// </summary>
public sealed class Rule4016 : ChildRule
{
    public override string Code => "4016";
    public override string Message => "A CIN Plan has been reported as open at the same time as a Child Protection Plan.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var protectionPlans = child.CinDetails.SelectMany(e => e.ChildProtectionPlans).Where(p => p.StartDate is not null).ToList();
        foreach (var cinPlan in child.CinDetails.SelectMany(e => e.CinPlans))
        {
            if (cinPlan.StartDate is not { } start)
            {
                continue;
            }

            foreach (var plan in protectionPlans.Where(p =>
                CinPlanDates.FallsWithin(start, p.StartDate!.Value, p.EndDate, context.PeriodEnd, endInclusive: false)))
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, plan.StartDate);
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, plan.EndDate);
                yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, start);
            }
        }
    }
}
