namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 303: a child with a date UASC status ceased (DUC) must have UASC coded 1 in the header (csc-validator-be-903
/// rule_303). Flags DUC and the header's UASC. Needs the header's UASC flag (an XML return, CSV files with the UASC
/// file, or the record): finds nothing without it.
/// </summary>
public sealed class Rule303 : Ssda903Rule
{
    public override string Code => "303";
    public override string Message => "If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (!UascStatus.Known(context.Current))
        {
            return [];
        }

        var rows = UascStatus.RowsByChild(context.Current);
        return context.Current.Header
            .Where(h => h.CHILD.Trimmed() is { } child && rows.TryGetValue(child, out var row) && row.DUC.IsFilled() && !UascStatus.IsUasc(h))
            .SelectMany(h => UascStatus.Flag(this, rows[h.CHILD!.Trim()], h));
    }
}
