namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 4003: within an episode, no child protection review may fall while a CIN plan is open (from its
/// start up to, not including, its end; to the ReferenceDate if it has none), unless the review is
/// the day the child protection plan ended.
/// </summary>
/// <remarks>
/// The D2I validator compares reviews with CIN plans across all of a child's episodes, never flags
/// a CIN plan with no end date and only flags plans that have ended. The DfE wording is "within a
/// CINDetails module" and the message is about an open CIN plan, so this checks each episode, counts
/// a CIN plan with no end as open, and keeps only the exception for a review on the plan's end date.
/// It flags the cells D2I flags: the review date, the CIN plan start and the plan end.
/// </remarks>
public sealed class Rule4003 : ChildRule
{
    public override string Code => "4003";
    public override string Message => "A CPP review date is shown as being held at the same time as an open CIN Plan.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails)
        {
            foreach (var plan in episode.ChildProtectionPlans)
            {
                foreach (var review in plan.ReviewDates.OfType<DateOnly>().Where(r => r != plan.EndDate))
                {
                    foreach (var cinPlan in episode.CinPlans.Where(c => c.StartDate is { } start
                        && CinPlanDates.FallsWithin(review, start, c.EndDate, context.PeriodEnd, endInclusive: false)))
                    {
                        yield return Finding(child, CensusTable.Reviews, CensusField.CppReviewDate, review);
                        yield return Finding(child, CensusTable.CinPlanDates, CensusField.CinPlanStartDate, cinPlan.StartDate);
                        yield return Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, plan.EndDate);
                    }
                }
            }
        }
    }
}
