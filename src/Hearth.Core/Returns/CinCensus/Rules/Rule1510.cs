namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 1510: a UPN's first character must be the check letter its other twelve give.
/// </summary>
/// <remarks>
/// The D2I validator skips a temporary UPN (one ending in a letter); the DfE UPN guide computes
/// its check letter too, counting the final letter by its place in the check-letter table, so it is
/// checked here. A UPN that is not 13 characters or has non-digits in 2-12 is left to 1530-1550.
/// </remarks>
public sealed class Rule1510 : ChildRule
{
    public override string Code => "1510";
    public override string Message => "UPN invalid (wrong check letter at character 1)";

    protected override IEnumerable<CensusFinding> CheckChild(CensusChild child, CensusContext context)
    {
        if (UpnParts.ExpectedCheckLetter(child.Upn) is { } expected && child.Upn![0] != expected)
        {
            yield return Finding(child, CensusTable.ChildIdentifiers, CensusField.Upn, child.Upn);
        }
    }
}
