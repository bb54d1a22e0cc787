namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>4008: no CIN plan may start after the child died (starting on the day is allowed).</summary>
public sealed class Rule4008 : ChildRule
{
    public override string Code => "4008";
    public override string Message => "CIN Plan shown as starting after the child’s Date of Death.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in child.CinDetails.SelectMany(e => e.CinPlans).Where(p => p.StartDate > child.PersonDeathDate))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, child.PersonDeathDate);
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, plan.StartDate);
        }
    }
}
