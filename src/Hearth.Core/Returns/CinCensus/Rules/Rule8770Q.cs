namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8770Q (2024-25 wording): a child of school age with a referral that went on to further action
/// should have a UPN, or a reason it is unknown other than UN1 ("not of school age").
/// </summary>
/// <remarks>
/// "School age" as the DfE validator reckons it: born on or before 31 August six years before the
/// school year that starts after the ReferenceDate (for 31 March 2025, born on or before 31 August
/// 2019), i.e. ReferenceDate plus 4 months and 31 days, less 6 years.
/// </remarks>
public sealed class Rule8770Q : ChildRule
{
    public override string Code => "8770Q";
    public override string Message => "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.";

    private static readonly string[] SchoolAgeReasons = ["UN2", "UN3", "UN4", "UN5", "UN6", "UN7"];

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        var bornByForSchool = context.PeriodEnd.AddMonths(4).AddDays(31).AddYears(-6);
        if (child.PersonBirthDate is not { } born
            || born > bornByForSchool
            || !child.CinDetails.Any(d => CensusFlag.IsFalse(d.ReferralNfa))
            || !string.IsNullOrWhiteSpace(child.Upn)
            || SchoolAgeReasons.Contains(child.UpnUnknown?.ToUpperInvariant()))
        {
            yield break;
        }

        yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.Upn, child.Upn);
        yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.UpnUnknown, child.UpnUnknown);
    }
}
