namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>501: an episode starting before the previous episode (in start order) ended; flags DECOM and DEC of the later episode.</summary>
public sealed class Rule501 : Ssda903Rule
{
    public override string Code => "501";
    public override string Message => "A new episode has started before the end date of the previous episode.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.ConsecutiveEpisodes(context.Current.Episodes).Where(p => EpisodeHistory.Start(p.Current) is { } start && EpisodeHistory.End(p.Previous) is { } end && start < end).Select(p => p.Current)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DECOM), nameof(EpisodeRow.DEC))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
