namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>4011: a CIN plan cannot end before it starts.</summary>
public sealed class Rule4011 : ChildRule
{
    public override string Code => "4011";
    public override string Message => "CIN Plan End Date earlier than Start Date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in child.CinDetails.SelectMany(e => e.CinPlans).Where(p => p.EndDate < p.StartDate))
        {
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, plan.EndDate);
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, plan.StartDate);
        }
    }
}
