namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>4009Q: no CIN plan should end after the child died (ending on the day is allowed).</summary>
public sealed class Rule4009Q : ChildRule
{
    public override string Code => "4009Q";
    public override string Message => "CIN Plan cannot end after the child’s Date of Death";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in child.CinDetails.SelectMany(e => e.CinPlans).Where(p => p.EndDate > child.PersonDeathDate))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, child.PersonDeathDate);
            yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanEndDate, plan.EndDate);
        }
    }
}
