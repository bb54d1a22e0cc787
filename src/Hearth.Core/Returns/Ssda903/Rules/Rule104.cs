namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 104: the date UASC status ceased (UASC DUC), when given, must be a real date and, as the DfE
/// validator also checks, not before 1 April of the collection year.
/// </summary>
public sealed class Rule104 : Ssda903Rule
{
    public override string Code => "104";
    public override string Message => "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Uasc
            .Where(u => Ssda903Date.IsInvalid(u.DUC) || Ssda903Date.Parse(u.DUC) < context.CollectionStart)
            .Select(u => Finding(u, Ssda903Table.Uasc, nameof(UascRow.DUC), u.DUC));
}
