namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 205D: a child UASC this year (header UASC 1) who was in last year's return must have been UASC there too
/// (csc-validator-be-903 rule_205D). Flags the header's UASC. Needs last year's return with the flag (an XML return,
/// or CSV files with the UASC file): finds nothing without it.
/// </summary>
public sealed class Rule205D : Ssda903Rule
{
    public override string Code => "205D";
    public override string Message => "Child identified as UASC this year but not identified as UASC status provided for the child last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Previous is { } previous && UascStatus.Known(previous)
            ? context.HeadersInBothYears()
                .Where(h => UascStatus.IsUasc(h.Now) && !UascStatus.IsUasc(h.Last))
                .Select(h => Finding(h.Now, Ssda903Table.Header, nameof(HeaderRow.UASC), h.Now.UASC))
            : [];
}
