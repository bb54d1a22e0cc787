namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>460: an episode ceasing as stayed with carers at 18 (E17) before the 18th birthday, judged on the episode's end date; flags DEC and REC.</summary>
public sealed class Rule460 : Ssda903Rule
{
    private static readonly HashSet<string> Reasons = ["E17"];

    public override string Code => "460";
    public override string Message => "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.CeasedByAge(context, Reasons, 18, under: true)
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DEC), nameof(EpisodeRow.REC))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)));
}
