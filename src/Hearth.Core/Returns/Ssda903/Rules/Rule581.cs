namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 581: a child can only go missing while looked after: a missing period's start must fall within one of
/// the child's episodes (an open episode runs on). Children with no episodes are left alone.
/// </summary>
public sealed class Rule581 : CareHistoryRule
{
    public override string Code => "581";
    public override string Message => "Child is missing but has not yet started to be looked after.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes);
        return context.Current.Missing
            .Where(m => Ssda903Values.Date(m.MIS_START) is { } start && episodes[Ssda903Values.Code(m.CHILD)].Any()
                && !episodes[Ssda903Values.Code(m.CHILD)].Any(e => Ssda903Values.Date(e.DECOM) is { } decom && PeriodsOfCare.Within((decom, Ssda903Values.Date(e.DEC)), start)))
            .SelectMany(m => this.Cells(m, Ssda903Table.Missing, nameof(MissingRow.MIS_START)));
    }
}
