namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 225: an episode ending X1 and followed by a placement change (next RNE P, B, T or U), neither
/// placement temporary (T0..T4), needs a reason for the placement change. Flags REASON_PLACE_CHANGE.
/// </summary>
public sealed class Rule225 : Ssda903Rule
{
    public override string Code => "225";
    public override string Message => "Reason for placement change must be recorded.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.WithNeighbours()
            .Where(x => x.Next is { } next && x.Episode.REC.Trimmed() == "X1" && x.Episode.REASON_PLACE_CHANGE.Trimmed() is null
                && !EpisodeCodes.TemporaryPlacements.Contains(x.Episode.PLACE.Trimmed() ?? "")
                && next.RNE.Trimmed() is "P" or "B" or "T" or "U"
                && !EpisodeCodes.TemporaryPlacements.Contains(next.PLACE.Trimmed() ?? ""))
            .Select(x => Finding(x.Episode, Ssda903Table.Episodes, "REASON_PLACE_CHANGE", x.Episode.REASON_PLACE_CHANGE));
}
