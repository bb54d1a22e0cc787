namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>INT21: the SEX in UASC must be the SEX in Header (compared trimmed, only when both are given); flags the UASC SEX.</summary>
public sealed class RuleINT21() : DiffersFromHeaderRule<UascRow>(Ssda903Table.Uasc, nameof(UascRow.SEX), r => r.Uasc, row => row.SEX, h => h.SEX)
{
    public override string Code => "INT21";
    public override string Message => "Internal Check: SEX in UASC is different to SEX in Header.";

    protected override object? Comparable(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
