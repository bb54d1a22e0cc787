namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>436: RNE U or B (placement and legal status changed) needs a different legal status and a different placement from the previous episode; flags RNE, LS, PLACE, PL_POST, URN and PLACE_PROVIDER.</summary>
public sealed class Rule436 : Ssda903Rule
{
    public override string Code => "436";
    public override string Message => "Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.ConsecutiveEpisodes(context.Current.Episodes).Where(p => (Ssda903Values.IsCode(p.Current.RNE, "U") || Ssda903Values.IsCode(p.Current.RNE, "B")) && (Ssda903Values.Same(p.Current.LS, p.Previous.LS) || EpisodeHistory.SamePlacement(p.Current, p.Previous))).Select(p => p.Current)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.RNE), nameof(EpisodeRow.LS), nameof(EpisodeRow.PLACE), nameof(EpisodeRow.PL_POST), nameof(EpisodeRow.URN), nameof(EpisodeRow.PLACE_PROVIDER))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
