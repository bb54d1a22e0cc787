namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8545Q: a date of death should fall in the collection period.</summary>
public sealed class Rule8545Q : ChildRule
{
    public override string Code => "8545Q";
    public override string Message => "Please check and either amend data or provide a reason: Child's date of death should be within the census year";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.PersonDeathDate is { } death && !context.InPeriod(death))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, death);
        }
    }
}
