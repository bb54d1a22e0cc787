namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8815: a child has at most one open episode (no CINclosureDate) that is not a referral with no
/// further action. Open NFA referrals may be many. The missing closure dates are flagged.
/// </summary>
public sealed class Rule8815 : ChildRule
{
    public override string Code => "8815";
    public override string Message => "More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var open = child.CinDetails.Where(d => d.ClosureDate is null && CensusFlag.IsFalse(d.ReferralNfa)).ToList();
        if (open.Count > 1)
        {
            // The cell is the missing date, so every open episode gives the same (empty) cell: one finding.
            yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, (string?)null);
        }
    }
}
