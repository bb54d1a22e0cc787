using Hearth.Core.Statutory;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8569Q: a referral that came in before the census year (earlier than the working day before
/// 1 April) is open into it, so it cannot be a referral with no further action.
/// </summary>
public sealed class Rule8569Q : ChildRule
{
    public override string Code => "8569Q";
    public override string Message => "A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var cutOff = WorkingDays.AddWorkingDays(context.PeriodStart, -1, context.Calendar);
        return child.CinDetails
            .Where(d => d.ReferralDate < cutOff && !CensusFlag.IsFalse(d.ReferralNfa))
            .Select(d => Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, d.ReferralDate));
    }
}
