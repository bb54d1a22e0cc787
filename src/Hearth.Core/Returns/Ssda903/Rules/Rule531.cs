namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>531: a voluntary provider (PR5) cannot provide a placement with parents (P1).</summary>
public sealed class Rule531 : CareHistoryRule
{
    private static readonly HashSet<string> Places = ["P1"];

    public override string Code => "531";
    public override string Message => "A placement provider code of PR5 cannot be associated with placements P1.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => Ssda903Values.Code(e.PLACE_PROVIDER) == "PR5" && Places.Contains(Ssda903Values.Code(e.PLACE)))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.PLACE_PROVIDER)));
}
