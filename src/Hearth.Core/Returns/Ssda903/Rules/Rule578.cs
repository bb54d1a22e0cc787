namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 578: a missing period cannot start after the child ceased to be looked after: flagged when its start
/// is in no period of care and comes after one has ended. (The DfE validator also flags starts before
/// care began; that is rule 581's, so it is left to 581 here.)
/// </summary>
public sealed class Rule578 : CareHistoryRule
{
    public override string Code => "578";
    public override string Message => "The date that the child started to be missing is after the child ceased to be looked after.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes);
        return context.Current.Missing
            .Where(m => Ssda903Values.Date(m.MIS_START) is { } start && PeriodsOfCare.Of(episodes[Ssda903Values.Code(m.CHILD)]) is var periods
                && !periods.Any(p => PeriodsOfCare.Within(p, start)) && periods.Any(p => p.End < start))
            .SelectMany(m => this.Cells(m, Ssda903Table.Missing, nameof(MissingRow.MIS_START)));
    }
}
