namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8915: no child protection plan starts after the child's date of death.</summary>
public sealed class Rule8915 : ChildRule
{
    public override string Code => "8915";
    public override string Message => "Child Protection Plan shown as starting after the child’s Date of Death";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in ChildProtectionPlanDates.Plans(child).Where(p => p.StartDate > child.PersonDeathDate))
        {
            yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, plan.StartDate);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, child.PersonDeathDate);
        }
    }
}
