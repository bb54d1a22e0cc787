namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8925: a child protection plan does not end before it starts (the same day is 8840).</summary>
public sealed class Rule8925 : ChildRule
{
    public override string Code => "8925";
    public override string Message => "Child Protection Plan End Date earlier than Start Date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in ChildProtectionPlanDates.Plans(child).Where(p => p.EndDate < p.StartDate))
        {
            yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, plan.StartDate);
            yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, plan.EndDate);
        }
    }
}
