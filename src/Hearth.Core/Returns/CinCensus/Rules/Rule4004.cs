namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4004: an episode can have only one CIN plan without an end date. Flags the missing end date of
/// each open plan (the D2I validator also flags the end dates of the episode's closed plans, which
/// are not at fault).
/// </summary>
public sealed class Rule4004 : ChildRule
{
    public override string Code => "4004";
    public override string Message => "This child is showing more than one open CIN Plan, i.e. with no End Date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(e => e.CinPlans.Count(p => p.EndDate is null) > 1))
        {
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, (string?)null);
        }
    }
}
