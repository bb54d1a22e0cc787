namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8600: every episode has a referral date, on or before the ReferenceDate.</summary>
public sealed class Rule8600 : ChildRule
{
    public override string Code => "8600";
    public override string Message => "Child referral date missing or after data collection period";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context) =>
        child.CinDetails
            .Where(d => d.ReferralDate is null || d.ReferralDate > context.PeriodEnd)
            .Select(d => Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, d.ReferralDate));
}
