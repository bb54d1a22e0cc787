namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8841: every review of a child protection plan is after the plan's start date.</summary>
public sealed class Rule8841 : ChildRule
{
    public override string Code => "8841";
    public override string Message => "The review date cannot be on the same day or before the Child protection Plan start date.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var plan in ChildProtectionPlanDates.Plans(child).Where(p => p.StartDate is not null))
        {
            foreach (var review in plan.ReviewDates.Where(r => r <= plan.StartDate))
            {
                yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, plan.StartDate);
                yield return Finding(child, CensusTable.Reviews, CensusField.CppReviewDate, review);
            }
        }
    }
}
