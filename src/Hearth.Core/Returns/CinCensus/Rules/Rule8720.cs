namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8720: every child protection plan has a start date, on or before the ReferenceDate. A plan that
/// started in an earlier year and is reported because it was open during this one is fine.
/// </summary>
public sealed class Rule8720 : ChildRule
{
    public override string Code => "8720";
    public override string Message => "Child Protection Plan Start Date missing or out of data collection period";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails.SelectMany(d => d.ChildProtectionPlans)
            .Where(p => p.StartDate is null || p.StartDate > context.PeriodEnd)
            .Select(p => Finding(child, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, p.StartDate));
}
