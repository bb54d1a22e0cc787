namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 204: a child's ethnic origin code should not change from last year's return (ignoring case). Needs last year's return: without it nothing is found.
/// Flags this year's ETHNIC.
/// </summary>
public sealed class Rule204 : Ssda903Rule
{
    public override string Code => "204";
    public override string Message => "Ethnic origin code disagrees with the ethnic origin already recorded for this child.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.HeadersInBothYears()
            .Where(x => x.Now.ETHNIC.Trimmed()?.ToUpperInvariant() != x.Last.ETHNIC.Trimmed()?.ToUpperInvariant())
            .Select(x => Finding(x.Now, Ssda903Table.Header, "ETHNIC", x.Now.ETHNIC));
}
