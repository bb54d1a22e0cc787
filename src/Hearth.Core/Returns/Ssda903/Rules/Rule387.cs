namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>387: an episode ceasing as moved to independent living (E5/E6) before the 14th birthday, judged on the episode's end date; flags REC.</summary>
public sealed class Rule387 : Ssda903Rule
{
    private static readonly HashSet<string> Reasons = ["E5", "E6"];

    public override string Code => "387";
    public override string Message => "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.CeasedByAge(context, Reasons, 14, under: true)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.REC), e.REC));
}
