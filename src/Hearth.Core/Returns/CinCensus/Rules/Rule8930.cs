namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8930: a child protection plan end date falls within the census year (1 April to the ReferenceDate,
/// inclusive). A plan that ended in an earlier year belongs to that year's return.
/// </summary>
public sealed class Rule8930 : ChildRule
{
    public override string Code => "8930";
    public override string Message => "Child Protection Plan End Date must fall within the census year";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        ChildProtectionPlanDates.Plans(child)
            .Where(p => p.EndDate is { } end && !context.InPeriod(end))
            .Select(p => Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppEndDate, p.EndDate));
}
