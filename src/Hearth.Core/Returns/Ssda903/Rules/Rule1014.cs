namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1014: UASC details are for children looked after in the year; a care leaver (OC3 information) with
/// no episode open at any time in the year should have no UASC row. The DfE validator misses a care
/// leaver with no episodes at all; that child is flagged here too. Flags DUC and the completed OC3 cells.
/// </summary>
public sealed class Rule1014 : Ssda903Rule
{
    public override string Code => "1014";
    public override string Message => "UASC information is not required for care leavers";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var lookedAfter = ChildrenInReturn.Children(context.Current.Episodes.Where(e => e.Overlaps(context.CollectionStart, context.CollectionEnd)));
        var careLeavers = context.Current.Oc3
            .Where(o => o.HasCareLeaverData() && !lookedAfter.Contains(Ssda903Values.Code(o.CHILD)))
            .ToLookup(o => Ssda903Values.Code(o.CHILD));
        foreach (var uasc in context.Current.Uasc.Where(u => careLeavers.Contains(Ssda903Values.Code(u.CHILD))))
        {
            yield return Finding(uasc, Ssda903Table.Uasc, nameof(UascRow.DUC), uasc.DUC);
            foreach (var cell in careLeavers[Ssda903Values.Code(uasc.CHILD)].SelectMany(CareHistory.CareLeaverCells))
            {
                yield return Finding(cell.Row, cell.Table, cell.Field, cell.Value);
            }
        }
    }
}
