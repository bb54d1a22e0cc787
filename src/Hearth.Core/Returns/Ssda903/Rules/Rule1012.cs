namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1012: a child in OC3 with no episodes this year is only a care leaver, so has no rows in
/// PlacedAdoption, Missing, Reviews, AD1, PrevPerm or OC2. The DfE validator flags those rows for any
/// child without episodes; this follows the DfE wording (OC3 children). Flags each row's CHILD.
/// </summary>
public sealed class Rule1012 : Ssda903Rule
{
    public override string Code => "1012";
    public override string Message => "No other data should be returned for OC3 children who had no episodes in the current year";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var ret = context.Current;
        var careLeaversOnly = ChildrenInReturn.Children(ret.Oc3);
        careLeaversOnly.ExceptWith(ChildrenInReturn.Children(ret.Episodes));
        return new (string Table, IEnumerable<Ssda903Row> Rows)[]
            {
                (Ssda903Table.PlacedAdoption, ret.PlacedAdoption), (Ssda903Table.Missing, ret.Missing), (Ssda903Table.Reviews, ret.Reviews),
                (Ssda903Table.Ad1, ret.Ad1), (Ssda903Table.PrevPerm, ret.PrevPerm), (Ssda903Table.Oc2, ret.Oc2),
            }
            .SelectMany(t => t.Rows.Where(r => careLeaversOnly.Contains(Ssda903Values.Code(r.CHILD)))
                .Select(r => Finding(r, t.Table, nameof(Ssda903Row.CHILD), r.CHILD)));
    }
}
