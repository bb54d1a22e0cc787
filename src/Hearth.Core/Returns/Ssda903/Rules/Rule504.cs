namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>504: within a period of care, an episode that follows on the same day from one ending X1 keeps its category of need.</summary>
public sealed class Rule504 : CareHistoryRule
{
    public override string Code => "504";
    public override string Message => "The category of need code differs from that reported at start of current period of being looked after";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes)
            .Select(child => child.ToList())
            .SelectMany(episodes => episodes.Zip(episodes.Skip(1)))
            .Where(pair => Ssda903Values.Code(pair.First.REC) == "X1" && Ssda903Values.Date(pair.First.DEC) is { } dec && Ssda903Values.Date(pair.Second.DECOM) == dec
                && Ssda903Values.Code(pair.First.CIN) != Ssda903Values.Code(pair.Second.CIN))
            .SelectMany(pair => this.Cells(pair.Second, Ssda903Table.Episodes, nameof(EpisodeRow.CIN)));
}
