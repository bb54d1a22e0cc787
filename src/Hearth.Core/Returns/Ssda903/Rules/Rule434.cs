namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>434: RNE L (legal status changed, placement not) needs a different legal status and the same placement (type, postcode, URN, provider) as the previous episode; flags RNE, LS, PLACE, PL_POST, URN and PLACE_PROVIDER.</summary>
public sealed class Rule434 : Ssda903Rule
{
    public override string Code => "434";
    public override string Message => "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.ConsecutiveEpisodes(context.Current.Episodes).Where(p => Ssda903Values.IsCode(p.Current.RNE, "L") && (Ssda903Values.Same(p.Current.LS, p.Previous.LS) || !EpisodeHistory.SamePlacement(p.Current, p.Previous))).Select(p => p.Current)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.RNE), nameof(EpisodeRow.LS), nameof(EpisodeRow.PLACE), nameof(EpisodeRow.PL_POST), nameof(EpisodeRow.URN), nameof(EpisodeRow.PLACE_PROVIDER))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
