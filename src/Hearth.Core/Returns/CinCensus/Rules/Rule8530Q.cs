namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8530Q: an expected date of birth should lie between 30 days before the ReferenceDate and 9 months
/// after it (roughly March to December of the year the census ends).
/// </summary>
/// <remarks>
/// The DfE gives the range as "between" the two dates; the D2I validator treats the end points as
/// outside it (a baby due exactly 9 months after 31 March, on 31 December, is queried), and so do we,
/// so that the two validators agree.
/// </remarks>
public sealed class Rule8530Q : ChildRule
{
    public override string Code => "8530Q";
    public override string Message => "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.ExpectedPersonBirthDate is { } expected
            && (expected <= context.PeriodEnd.AddDays(-30) || expected >= context.PeriodEnd.AddMonths(9)))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, expected);
        }
    }
}
