namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>101: sex must be M, F or U from 2024-25 (CBDS N00783 replaced gender 1/2; statutory-data.md B.2).</summary>
public sealed class Rule101 : Ssda903Rule
{
    private static readonly HashSet<string> Codes = ["M", "F", "U"];

    public override string Code => "101";
    public override string Message => "The child or young person’s reported sex is not valid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Header
            .Where(h => h.SEX is null || !Codes.Contains(h.SEX.Trim()))
            .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.SEX), h.SEX));
}
