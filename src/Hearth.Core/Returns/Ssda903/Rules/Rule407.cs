namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>407: an episode ceasing as a special guardianship order (E45-E48) on or after the 18th birthday, judged on the episode's end date; flags REC.</summary>
public sealed class Rule407 : Ssda903Rule
{
    private static readonly HashSet<string> Reasons = ["E45", "E46", "E47", "E48"];

    public override string Code => "407";
    public override string Message => "Reason episode ceased is Special Guardianship Order, but child has reached age 18.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistoryG2.CeasedByAge(context, Reasons, 18, under: false)
            .Select(e => Finding(e, Ssda903Table.Episodes, nameof(EpisodeRow.REC), e.REC));
}
