namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>602: AD1 (adoption) details are only returned for a child whose episodes show an adoption (REC E11/E12) ending in the year.</summary>
public sealed class Rule602 : Ssda903Rule
{
    public override string Code => "602";
    public override string Message => "The episode data submitted for this child does not show that he/she was adopted during the year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var adopted = ChildrenInReturn.Children(context.Current.Episodes.Where(e => e.AdoptedIn(context)));
        return context.Current.Ad1
            .Where(a => !adopted.Contains(Ssda903Values.Code(a.CHILD))
                && new[] { a.DATE_INT, a.DATE_MATCH, a.FOSTER_CARE, a.NB_ADOPTR, a.SEX_ADOPTR, a.LS_ADOPTR }.Any(v => !Ssda903Values.IsBlank(v)))
            .Select(a => Finding(a, Ssda903Table.Ad1, nameof(Ad1Row.CHILD), a.CHILD));
    }
}
