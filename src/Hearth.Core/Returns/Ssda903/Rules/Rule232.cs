namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>232: a query, not an error: the child's sex is reported as U (unknown). Flags SEX.</summary>
public sealed class Rule232 : Ssda903Rule
{
    public override string Code => "232";
    public override string Message => "Sex of the child/young person has been reported as unknown.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => h.SEX.Trimmed()?.ToUpperInvariant() == "U")
            .Select(h => Finding(h, Ssda903Table.Header, "SEX", h.SEX));
}
