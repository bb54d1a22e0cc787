namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>435: RNE P or T (placement changed, legal status not) needs the same legal status and a different placement (type, postcode, URN or provider) from the previous episode; flags LS, PLACE, PL_POST, URN and PLACE_PROVIDER.</summary>
public sealed class Rule435 : Ssda903Rule
{
    public override string Code => "435";
    public override string Message => "Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.ConsecutiveEpisodes(context.Current.Episodes).Where(p => (Ssda903Values.IsCode(p.Current.RNE, "P") || Ssda903Values.IsCode(p.Current.RNE, "T")) && (!Ssda903Values.Same(p.Current.LS, p.Previous.LS) || EpisodeHistory.SamePlacement(p.Current, p.Previous))).Select(p => p.Current)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.LS), nameof(EpisodeRow.PLACE), nameof(EpisodeRow.PL_POST), nameof(EpisodeRow.URN), nameof(EpisodeRow.PLACE_PROVIDER))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
