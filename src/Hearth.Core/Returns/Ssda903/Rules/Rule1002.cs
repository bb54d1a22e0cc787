namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1002: a care leaver must have been looked after: a child with care leaver information and no
/// episodes this year or last year is flagged. Needs last year's return (none: no findings).
/// The DfE checks against every year it holds; D2I, with two years, warns of false positives for a care leaver whose care
/// ended before last year (any care leaver of 20 or 21). When the record says so (<see cref="Ssda903Context.LookedAfterEarlier"/>),
/// such a child counts as looked after. Flags the completed OC3 cells.
/// </summary>
public sealed class Rule1002 : Ssda903Rule
{
    public override string Code => "1002";
    public override string Message => "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }
        var lookedAfter = ChildrenInReturn.Children(context.Current.Episodes.Concat(context.Previous.Episodes));
        var earlier = context.LookedAfterEarlier ?? new HashSet<string>();
        return context.Current.Oc3
            .Where(o => !lookedAfter.Contains(Ssda903Values.Code(o.CHILD)) && !earlier.Contains(Ssda903Values.Code(o.CHILD)))
            .SelectMany(CareHistory.CareLeaverCells)
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
    }
}
