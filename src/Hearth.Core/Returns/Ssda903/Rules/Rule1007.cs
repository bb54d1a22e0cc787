namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1007: a young person still looked after on their 17th or 18th birthday in the year (an episode
/// started by then and not ended by then) is not a care leaver for OC3. The DfE validator skips open
/// episodes, so misses those still in care; an open episode counts here. Flags the completed OC3 cells.
/// </summary>
public sealed class Rule1007 : Ssda903Rule
{
    public override string Code => "1007";
    public override string Message => "Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        return context.Current.Oc3
            .Where(o => CareHistory.CareLeaverBirthday(o.DOB, context) is { } birthday
                && episodes[Ssda903Values.Code(o.CHILD)].Any(e => Ssda903Date.Parse(e.DECOM) <= birthday
                    && (Ssda903Values.IsBlank(e.DEC) || Ssda903Date.Parse(e.DEC) > birthday)))
            .SelectMany(CareHistory.CareLeaverCells)
            .Select(c => Finding(c.Row, c.Table, c.Field, c.Value));
    }
}
