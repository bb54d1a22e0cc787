namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4013: a CIN plan end date, when present, must fall in the census year: a plan that ended before
/// it should not be in the return.
/// </summary>
public sealed class Rule4013 : ChildRule
{
    public override string Code => "4013";
    public override string Message => "CIN Plan end date must fall within the census year";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in child.CinDetails.SelectMany(e => e.CinPlans).Where(p => p.EndDate is { } end && !context.InPeriod(end)))
        {
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, plan.EndDate);
        }
    }
}
