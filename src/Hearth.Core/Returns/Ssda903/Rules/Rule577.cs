namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 577: an open missing period (no end date) needs a period of care that is still open and began on or
/// before the child went missing. The DfE validator also flags ended missing periods that fall outside
/// every period of care; that is not what the DfE wording asks, so this rule keeps to open periods.
/// </summary>
public sealed class Rule577 : CareHistoryRule
{
    public override string Code => "577";
    public override string Message => "Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes);
        return context.Current.Missing
            .Where(m => Ssda903Values.IsBlank(m.MIS_END) && Ssda903Values.Date(m.MIS_START) is { } start && episodes[Ssda903Values.Code(m.CHILD)].Any()
                && !PeriodsOfCare.Of(episodes[Ssda903Values.Code(m.CHILD)]).Any(p => p.End is null && p.Start <= start))
            .SelectMany(m => this.Cells(m, Ssda903Table.Missing, nameof(MissingRow.MIS_END)));
    }
}
