namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 205A: a child UASC last year (header UASC 1 and in last year's UASC table) and not this year must have had UASC
/// status cease last year (last year's DUC in last year's collection year) and have no DUC this year, as the DfE
/// validator checks it (csc-validator-be-903 rule_205A). Flags this year's DUC and the header's UASC. Needs last year's
/// return: finds nothing without it, nor for a child with no UASC row this year.
/// </summary>
public sealed class Rule205A : Ssda903Rule
{
    public override string Code => "205A";
    public override string Message => "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var lastStart = context.CollectionStart.AddYears(-1);
        var lastEnd = context.CollectionEnd.AddYears(-1);
        return UascStatus.BothYears(context)
            .Where(c => !UascStatus.IsUasc(c.Header) && UascStatus.IsUasc(c.LastHeader)
                && (c.Now.DUC.IsFilled() || c.Last?.DUC.Date() is not { } ceased || ceased < lastStart || ceased > lastEnd))
            .SelectMany(c => UascStatus.Flag(this, c.Now, c.Header));
    }
}
