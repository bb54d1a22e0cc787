namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8840: a child protection plan cannot start and end on the same day.</summary>
public sealed class Rule8840 : ChildRule
{
    public override string Code => "8840";
    public override string Message => "Child Protection Plan cannot start and end on the same day";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in child.CinDetails.SelectMany(d => d.ChildProtectionPlans))
        {
            if (plan.StartDate is { } start && plan.EndDate == start)
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, plan.StartDate);
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, plan.EndDate);
            }
        }
    }
}
