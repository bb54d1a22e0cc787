namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>529: other public organisations (PR3) cannot provide P1, adoption (A3-A6), homes (K1, K2) or foster (U1-U6) placements.</summary>
public sealed class Rule529 : CareHistoryRule
{
    private static readonly HashSet<string> Places = ["P1", "A3", "A4", "A5", "A6", "K1", "K2", "U1", "U2", "U3", "U4", "U5", "U6"];

    public override string Code => "529";
    public override string Message => "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => Ssda903Values.Code(e.PLACE_PROVIDER) == "PR3" && Places.Contains(Ssda903Values.Code(e.PLACE)))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.PLACE_PROVIDER)));
}
