namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1010: a child whose latest episode in last year's return was still open must have episodes this
/// year; care leaver information without them is flagged. Needs last year's return (none: no findings).
/// Flags the completed OC3 cells.
/// </summary>
public sealed class Rule1010 : Ssda903Rule
{
    public override string Code => "1010";
    public override string Message => "This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            return [];
        }
        var lastYear = ChildrenInReturn.DatedEpisodesByChild(context.Previous.Episodes);
        var thisYear = ChildrenInReturn.Children(context.Current.Episodes);
        return context.Current.Oc3
            .Where(o => !thisYear.Contains(Ssda903Values.Code(o.CHILD))
                && lastYear.LatestEpisode(o.CHILD) is { } latest && Ssda903Values.IsBlank(latest.DEC))
            .SelectMany(CareHistory.CareLeaverCells)
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
    }
}
