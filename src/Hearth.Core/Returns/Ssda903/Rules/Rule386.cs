namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>386: an episode ceasing as adopted (E11/E12) on or after the 18th birthday, judged on the episode's end date; flags REC.</summary>
public sealed class Rule386 : Ssda903Rule
{
    private static readonly HashSet<string> Reasons = ["E11", "E12"];

    public override string Code => "386";
    public override string Message => "Reason episode ceased is adopted but child has reached age 18.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.CeasedByAge(context, Reasons, 18, under: false)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.REC), e.REC));
}
