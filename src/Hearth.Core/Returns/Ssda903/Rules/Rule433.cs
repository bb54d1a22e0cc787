namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>433: an episode continuing care (RNE P, L, T, U or B) must start the day the previous episode ended; a missing date on either side also fails. Flags RNE and DECOM.</summary>
public sealed class Rule433 : Ssda903Rule
{
    private static readonly HashSet<string> Continuing = ["P", "L", "T", "U", "B"];

    public override string Code => "433";
    public override string Message => "The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        ChildrenInReturn.ConsecutiveEpisodes(context.Current.Episodes).Where(p => Continuing.Is(p.Current.RNE) && (EpisodeHistory.Start(p.Current) is not { } start || EpisodeHistory.End(p.Previous) is not { } end || start != end)).Select(p => p.Current)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.RNE), nameof(EpisodeRow.DECOM))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
