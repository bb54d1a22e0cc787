namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 226: moves into or out of a temporary placement (T0..T4) take no reason for placement change: a
/// temporary placement's episode, and the episode before it, must have REASON_PLACE_CHANGE blank.
/// Flags the temporary episode's REASON_PLACE_CHANGE and PLACE.
/// </summary>
public sealed class Rule226 : Ssda903Rule
{
    public override string Code => "226";
    public override string Message => "Reason for placement change is not required for temporary placements.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.WithNeighbours()
            .Where(x => EpisodeCodes.TemporaryPlacements.Contains(x.Episode.PLACE.Trimmed() ?? "")
                && (x.Episode.REASON_PLACE_CHANGE.Trimmed() is not null || x.Previous?.REASON_PLACE_CHANGE.Trimmed() is not null))
            .SelectMany(x => this.Cells(x.Episode, Ssda903Table.Episodes, "REASON_PLACE_CHANGE", "PLACE"));
}
