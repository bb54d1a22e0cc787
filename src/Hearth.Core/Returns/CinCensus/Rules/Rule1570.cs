namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>1570: an LA child ID may be at most 20 characters (from 2024-25).</summary>
public sealed class Rule1570 : ChildRule
{
    public const int MaxLength = 20;

    public override string Code => "1570";
    public override string Message => "LA Child ID must not be longer than 20 characters";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.LaChildId is { Length: > MaxLength })
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.LaChildId, child.LaChildId);
        }
    }
}
