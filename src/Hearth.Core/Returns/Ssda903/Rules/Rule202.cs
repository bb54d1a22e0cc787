namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 202: a child's sex should not change from last year's return (a blank on either side counts as a change, as in D2I). Needs last year's return: without it nothing is found.
/// Flags this year's SEX.
/// </summary>
public sealed class Rule202 : Ssda903Rule
{
    public override string Code => "202";
    public override string Message => "The gender code conflicts with the gender already recorded for this child.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.HeadersInBothYears()
            .Where(x => x.Now.SEX.Trimmed()?.ToUpperInvariant() != x.Last.SEX.Trimmed()?.ToUpperInvariant())
            .Select(x => Finding(x.Now, Ssda903Table.Header, "SEX", x.Now.SEX));
}
