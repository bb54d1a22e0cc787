namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>8500: every child must carry its LAchildID.</summary>
public sealed class Rule8500 : ChildRule
{
    public override string Code => "8500";
    public override string Message => "LA Child ID missing";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (string.IsNullOrWhiteSpace(child.LaChildId))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.LaChildId, child.LaChildId);
        }
    }
}
