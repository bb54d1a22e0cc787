namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>304: UASC status ceases at 18 at the latest, so DUC must be on or before the 18th birthday (the UASC table's DOB). Flags DUC.</summary>
public sealed class Rule304 : Ssda903Rule
{
    public override string Code => "304";
    public override string Message => "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Uasc
            .Where(u => u.DOB.Date() is { } dob && u.DUC.Date() > dob.PlusYears(18))
            .Select(u => Finding(u, Ssda903Table.Uasc, "DUC", u.DUC));
}
