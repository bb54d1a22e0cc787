namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 231: a query: a UASC child under 11 at 31 March is unusual. The CSV header has no UASC flag, so a
/// child is taken as UASC when the UASC table lists them with no date UASC ceased (DUC). Flags the header's DOB.
/// </summary>
public sealed class Rule231 : Ssda903Rule
{
    public override string Code => "231";
    public override string Message => "We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var uasc = context.Current.Uasc.Where(u => u.DUC.Trimmed() is null).Select(u => u.CHILD.Trimmed()).ToHashSet();
        return context.Current.Header
            .Where(h => uasc.Contains(h.CHILD.Trimmed()) && h.DOB.Date() > context.CollectionEnd.PlusYears(-11))
            .Select(h => Finding(h, Ssda903Table.Header, "DOB", h.DOB));
    }
}
