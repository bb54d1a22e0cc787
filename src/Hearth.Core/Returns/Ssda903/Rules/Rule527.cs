namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>527: the own LA (PR1) cannot provide placements with parents (P1), in NHS settings (R2) or in young offender institutions (R5).</summary>
public sealed class Rule527 : CareHistoryRule
{
    private static readonly HashSet<string> Places = ["P1", "R2", "R5"];

    public override string Code => "527";
    public override string Message => "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => Ssda903Values.Code(e.PLACE_PROVIDER) == "PR1" && Places.Contains(Ssda903Values.Code(e.PLACE)))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.PLACE_PROVIDER)));
}
