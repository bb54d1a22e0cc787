namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>407: an episode ceasing as a special guardianship order (E45-E48) on or after the 18th birthday, judged on the episode's end date; flags DEC and REC and the child's Header DOB. D2I flags only after the birthday; the DfE wording (has reached 18) includes the birthday itself.</summary>
public sealed class Rule407 : Ssda903Rule
{
    private static readonly HashSet<string> Reasons = ["E45", "E46", "E47", "E48"];

    public override string Code => "407";
    public override string Message => "Reason episode ceased is Special Guardianship Order, but child has reached age 18.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var ceased = EpisodeHistory.CeasedByAge(context, Reasons, 18, under: false).ToList();
        var children = ceased.Select(e => e.CHILD!.Trim()).ToHashSet();
        return ceased
            .SelectMany(e => FindingCells.Named(e, nameof(EpisodeRow.DEC), nameof(EpisodeRow.REC))
                .Select(c => Finding(e, Ssda903Table.Episodes, c.Field, c.Value)))
            .Concat(context.Current.Header.Where(h => h.In(children))
                .Select(h => Finding(h, Ssda903Table.Header, nameof(HeaderRow.DOB), h.DOB)));
    }
}
