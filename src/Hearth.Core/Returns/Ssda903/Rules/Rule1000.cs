namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1000: a child who died in care (an episode ending E2, this year or in last year's return when
/// loaded) cannot have care leaver information. Flags the completed OC3 cells.
/// </summary>
public sealed class Rule1000 : Ssda903Rule
{
    public override string Code => "1000";
    public override string Message => "This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var died = ChildrenInReturn.Children(context.Current.Episodes.Concat(context.Previous?.Episodes ?? [])
            .Where(e => Ssda903Values.Code(e.REC).Equals("E2", StringComparison.OrdinalIgnoreCase)));
        return context.Current.Oc3
            .Where(o => died.Contains(Ssda903Values.Code(o.CHILD)))
            .SelectMany(CareHistory.CareLeaverCells)
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
    }
}
