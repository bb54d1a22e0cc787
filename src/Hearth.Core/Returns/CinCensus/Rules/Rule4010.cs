namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4010: a CIN plan must have a start date on or before the ReferenceDate. A plan that started in
/// an earlier year is fine: it is reported while open.
/// </summary>
public sealed class Rule4010 : ChildRule
{
    public override string Code => "4010";
    public override string Message => "CIN Plan start date is missing or out of data collection period";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in child.CinDetails.SelectMany(e => e.CinPlans).Where(p => p.StartDate is null || p.StartDate > context.PeriodEnd))
        {
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, plan.StartDate);
        }
    }
}
