namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>431: an episode with RNE S (started to be looked after) that starts on or before the day the previous episode ended; flags RNE and DECOM.</summary>
public sealed class Rule431 : Ssda903Rule
{
    public override string Code => "431";
    public override string Message => "The reason for new episode is started to be looked after, but the previous episode ended on the same day.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.ConsecutiveEpisodes(context.Current.Episodes).Where(p => Ssda903Values.IsCode(p.Current.RNE, "S") && EpisodeHistory.Start(p.Current) is { } start && EpisodeHistory.End(p.Previous) is { } end && start <= end).Select(p => p.Current)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.RNE), nameof(EpisodeRow.DECOM))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
