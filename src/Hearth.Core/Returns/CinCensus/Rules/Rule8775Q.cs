namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 8775Q: children's services end at 25. A child born more than 25 years before the ReferenceDate
/// is queried on each episode that is still open or closed after the 25th birthday.
/// </summary>
public sealed class Rule8775Q : ChildRule
{
    public override string Code => "8775Q";
    public override string Message => "Please check and either amend data or provide a reason: Child is over 25 years old";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.PersonBirthDate is not { } born || born >= context.PeriodEnd.AddYears(-25))
        {
            yield break;
        }

        foreach (var episode in child.CinDetails.Where(d => d.ClosureDate is null || d.ClosureDate > born.AddYears(25)))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, born);
            yield return Finding(child, CensusTable.CinDetails, CensusField.CinClosureDate, episode.ClosureDate);
        }
    }
}
