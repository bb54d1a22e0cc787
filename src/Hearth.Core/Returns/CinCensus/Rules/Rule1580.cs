namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 1580: an LA child ID may hold only letters and digits (from 2024-25). An empty one is not
/// alphanumeric either; a missing one is left to the schema.
/// </summary>
public sealed class Rule1580 : ChildRule
{
    public override string Code => "1580";
    public override string Message => "LA Child ID must not contain any non-alphanumeric characters";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.LaChildId is { } id && (id.Length == 0 || !id.All(char.IsAsciiLetterOrDigit)))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.LaChildId, id);
        }
    }
}
