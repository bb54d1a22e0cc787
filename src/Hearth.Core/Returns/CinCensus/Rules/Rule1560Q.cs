namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 1560Q: a former UPN should be a letter followed by twelve digits.
/// </summary>
/// <remarks>
/// This follows the D2I validator, which the DfE's sample findings match: a former UPN ending in a
/// letter (a temporary UPN later replaced) is queried, so the authority confirms it.
/// </remarks>
public sealed class Rule1560Q : ChildRule
{
    public override string Code => "1560Q";
    public override string Message => "Please check and either amend or provide a reason: Former UPN wrongly formatted";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (child.FormerUpn is { } former && !IsWellFormed(former))
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.FormerUpn, former);
        }
    }

    private static bool IsWellFormed(string upn) =>
        upn.Length == UpnParts.Length && char.IsAsciiLetter(upn[0]) && upn.Skip(1).All(char.IsAsciiDigit);
}
