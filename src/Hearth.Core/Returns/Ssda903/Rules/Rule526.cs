namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>526: every placement except temporary (T0 to T4) and the Z11 to Z14 placements needs a placement provider (2025-26 list).</summary>
public sealed class Rule526 : CareHistoryRule
{
    public override string Code => "526";
    public override string Message => "Child is missing a placement provider code for at least one episode.";

    private static readonly HashSet<string> NoProvider = ["T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => !NoProvider.Contains(Ssda903Values.Code(e.PLACE)) && Ssda903Values.IsBlank(e.PLACE_PROVIDER))
            .SelectMany(e => this.Cells(e, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), nameof(EpisodeRow.PLACE_PROVIDER)));
}
