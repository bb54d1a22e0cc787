namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>4012Q: a CIN plan that starts and ends on one day is queried.</summary>
public sealed class Rule4012Q : ChildRule
{
    public override string Code => "4012Q";
    public override string Message => "Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in child.CinDetails.SelectMany(e => e.CinPlans).Where(p => p.StartDate is not null && p.EndDate == p.StartDate))
        {
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, plan.StartDate);
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, plan.EndDate);
        }
    }
}
