namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8842Q: a review recorded on a child protection plan has a date.</summary>
public sealed class Rule8842Q : ChildRule
{
    public override string Code => "8842Q";
    public override string Message => "Please check and either amend or provide a reason: Review Record has a missing date";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (ChildProtectionPlanDates.Plans(child).Any(p => p.ReviewDates.Any(r => r is null)))
        {
            yield return Finding(child, CensusTable.Reviews, CensusField.CppReviewDate, (string?)null);
        }
    }
}
