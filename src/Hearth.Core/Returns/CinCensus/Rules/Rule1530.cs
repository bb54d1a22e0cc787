namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>1530: characters 2-4 of a 13-character UPN must be a recognised LA or pseudo-LA code.</summary>
public sealed class Rule1530 : ChildRule
{
    public override string Code => "1530";
    public override string Message => "UPN invalid (characters 2-4 not a recognised LA code)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (UpnParts.LaCode(child.Upn) is { } code && !LocalAuthorityCodes.IsRecognised(code))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.Upn, child.Upn);
        }
    }
}
