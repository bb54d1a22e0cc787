namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>503B: the legal status (LS) of the child's first episode this year must match the episode left open at the end of last year's return (compared trimmed). Needs last year's return: finds nothing without it. Flags LS.</summary>
public sealed class Rule503B : Ssda903Rule
{
    public override string Code => "503B";
    public override string Message => "The legal status in the first episode does not match open episode at end of last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.FirstAfterLastYearOpen(context)
            .Where(p => !Ssda903Values.Same(p.First.LS, p.LastYearOpen.LS))
            .Select(p => Finding(p.First, Ssda903Table.Episodes, nameof(EpisodeRow.LS), p.First.LS));
}
