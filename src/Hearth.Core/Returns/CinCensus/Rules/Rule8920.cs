namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8920: no child protection plan ends after the child's date of death.</summary>
public sealed class Rule8920 : ChildRule
{
    public override string Code => "8920";
    public override string Message => "Child Protection Plan cannot end after the child’s Date of Death";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in ChildProtectionPlanDates.Plans(child).Where(p => p.EndDate > child.PersonDeathDate))
        {
            yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, plan.EndDate);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, child.PersonDeathDate);
        }
    }
}
