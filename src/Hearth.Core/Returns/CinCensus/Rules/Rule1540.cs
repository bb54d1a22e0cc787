namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 1540: characters 5-12 of a UPN must be digits. Like the D2I validator, a UPN too short to have
/// any of those characters fails too (there is no separate length rule).
/// </summary>
public sealed class Rule1540 : ChildRule
{
    public override string Code => "1540";
    public override string Message => "UPN invalid (characters 5-12 not all numeric)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.Upn is { } upn && !IsNumeric(upn.Length > 4 ? upn[4..Math.Min(12, upn.Length)] : ""))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.Upn, upn);
        }
    }

    private static bool IsNumeric(string part) => part.Length > 0 && part.All(char.IsAsciiDigit);
}
