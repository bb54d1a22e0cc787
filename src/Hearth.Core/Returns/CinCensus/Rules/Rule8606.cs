namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8606: a referral cannot come more than 280 days (40 weeks, a whole pregnancy) before the child's
/// date of birth or expected date of birth.
/// </summary>
public sealed class Rule8606 : ChildRule
{
    public override string Code => "8606";
    public override string Message => "Child referral date is more than 40 weeks before DOB or expected DOB";

    private const int PregnancyDays = 280;

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        foreach (var episode in child.CinDetails.Where(d => TooEarly(d.ReferralDate, child)))
        {
            yield return Finding(child, CensusTable.CinDetails, CensusField.CinReferralDate, episode.ReferralDate);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, child.PersonBirthDate);
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, child.ExpectedPersonBirthDate);
        }
    }

    private static bool TooEarly(DateOnly? referral, CensusChild child) =>
        referral < child.PersonBirthDate?.AddDays(-PregnancyDays)
        || referral < child.ExpectedPersonBirthDate?.AddDays(-PregnancyDays);
}
