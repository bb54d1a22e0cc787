namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 388: X1 (episode ends, new one begins) must be followed by an episode starting the day it ended; an
/// episode that ends on the day the next one starts must be X1; and the child's last episode, when ended,
/// cannot be X1. Flags REC.
/// </summary>
public sealed class Rule388 : Ssda903Rule
{
    public override string Code => "388";
    public override string Message => "Reason episode ceased is coded new episode begins, but there is no continuation episode.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.EpisodesOfEachChild(context.Current.Episodes)
            .SelectMany(eps => eps.Select((e, i) => (Episode: e, Next: i + 1 < eps.Count ? eps[i + 1] : null)))
            .Where(x => Breaks(x.Episode, x.Next))
            .Select(x => Finding(x.Episode, Ssda903Table.Episodes, nameof(EpisodeRow.REC), x.Episode.REC));

    private static bool Breaks(EpisodeRow episode, EpisodeRow? next)
    {
        if (EpisodeHistory.End(episode) is not { } end)
        {
            return false;
        }
        var continues = Ssda903Values.IsCode(episode.REC, "X1");
        if (next is null)
        {
            return continues;
        }
        if (EpisodeHistory.Start(next) is not { } nextStart)
        {
            return false;
        }
        return continues ? end != nextStart : Ssda903Values.IsFilled(episode.REC) && end == nextStart;
    }
}
