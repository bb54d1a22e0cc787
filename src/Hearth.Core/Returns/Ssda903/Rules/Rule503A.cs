namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>503A: the reason for new episode (RNE) of the child's first episode this year must match the episode left open at the end of last year's return (compared trimmed). Needs last year's return: finds nothing without it. Flags RNE.</summary>
public sealed class Rule503A : Ssda903Rule
{
    public override string Code => "503A";
    public override string Message => "The reason for new episode in the first episode does not match open episode at end of last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.FirstAfterLastYearOpen(context)
            .Where(p => !Ssda903Values.Same(p.First.RNE, p.LastYearOpen.RNE))
            .Select(p => Finding(p.First, Ssda903Table.Episodes, nameof(EpisodeRow.RNE), p.First.RNE));
}
