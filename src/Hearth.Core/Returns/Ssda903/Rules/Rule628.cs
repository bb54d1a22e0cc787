namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>628: a care leaver with OC3 information and no episodes this year should not have MOTHER completed.</summary>
public sealed class Rule628 : Ssda903Rule
{
    public override string Code => "628";
    public override string Message => "Motherhood details are not required for care leavers who have not been looked after during the year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var lookedAfter = ChildrenInReturn.Children(context.Current.Episodes);
        var careLeavers = ChildrenInReturn.Children(context.Current.Oc3.Where(o => o.HasCareLeaverData()));
        return context.Current.Header
            .Where(h => !Ssda903Values.IsBlank(h.MOTHER) && careLeavers.Contains(Ssda903Values.Code(h.CHILD))
                && !lookedAfter.Contains(Ssda903Values.Code(h.CHILD)))
            .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.MOTHER), h.MOTHER));
    }
}
