namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>389: an episode ceasing as transferred to adult social care (E7) before the 16th birthday, judged on the episode's end date; flags REC.</summary>
public sealed class Rule389 : Ssda903Rule
{
    private static readonly HashSet<string> Reasons = ["E7"];

    public override string Code => "389";
    public override string Message => "Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.CeasedByAge(context, Reasons, 16, under: true)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.REC), e.REC));
}
