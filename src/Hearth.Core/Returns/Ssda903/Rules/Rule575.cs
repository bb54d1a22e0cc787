namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>575: a missing period that started during an episode which has since ended must have an end date.</summary>
public sealed class Rule575 : CareHistoryRule
{
    public override string Code => "575";
    public override string Message => "If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes);
        return context.Current.Missing
            .Where(m => Ssda903Values.IsBlank(m.MIS_END) && Ssda903Values.Date(m.MIS_START) is { } start
                && episodes[Ssda903Values.Code(m.CHILD)].Any(e => Ssda903Values.Date(e.DECOM) <= start && Ssda903Values.Date(e.DEC) is { } dec && start <= dec))
            .SelectMany(m => this.Cells(m, Ssda903Table.Missing, nameof(MissingRow.MIS_END)));
    }
}
