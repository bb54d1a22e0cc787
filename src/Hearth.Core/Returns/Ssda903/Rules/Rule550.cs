namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>550: the parent provider code (PR0) goes only with a placement with parents (P1).</summary>
public sealed class Rule550 : CareHistoryRule
{
    private static readonly HashSet<string> Places = ["P1"];

    public override string Code => "550";
    public override string Message => "A placement provider code of PR0 can only be associated with placement P1.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => Ssda903Values.Code(e.PLACE_PROVIDER) == "PR0" && !Places.Contains(Ssda903Values.Code(e.PLACE)))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.PLACE_PROVIDER)));
}
