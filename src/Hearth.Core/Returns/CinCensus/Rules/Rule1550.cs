namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>1550: character 13 of a UPN must be a digit, or a letter other than I, O and S.</summary>
public sealed class Rule1550 : ChildRule
{
    public override string Code => "1550";
    public override string Message => "UPN invalid (character 13 not a recognised value)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.Upn is { Length: UpnParts.Length } upn && !UpnParts.IsValidFinalCharacter(upn[^1]))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.Upn, upn);
        }
    }
}
