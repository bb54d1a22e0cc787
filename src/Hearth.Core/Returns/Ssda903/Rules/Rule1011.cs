namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>1011: a child whose final episode ended E3 (care transferred to another authority) is that authority's care leaver. Flags the completed OC3 cells.</summary>
public sealed class Rule1011 : Ssda903Rule
{
    public override string Code => "1011";
    public override string Message => "This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        return context.Current.Oc3
            .Where(o => episodes.LatestEpisode(o.CHILD) is { } latest && Ssda903Values.Code(latest.REC) == "E3")
            .SelectMany(CareHistory.CareLeaverCells)
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
    }
}
