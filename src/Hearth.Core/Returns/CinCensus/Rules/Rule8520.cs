namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8520: a date of birth after the ReferenceDate is in the future for this return.</summary>
public sealed class Rule8520 : ChildRule
{
    public override string Code => "8520";
    public override string Message => "Date of Birth is after data collection period (must be on or before the end of the census period)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.PersonBirthDate > context.PeriodEnd)
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, child.PersonBirthDate);
        }
    }
}
