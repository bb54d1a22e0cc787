namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>503C: the category of need (CIN) of the child's first episode this year must match the episode left open at the end of last year's return (compared trimmed). Needs last year's return: finds nothing without it. Flags CIN.</summary>
public sealed class Rule503C : Ssda903Rule
{
    public override string Code => "503C";
    public override string Message => "The category of need in the first episode does not match open episode at end of last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.FirstAfterLastYearOpen(context)
            .Where(p => !Ssda903Values.Same(p.First.CIN, p.LastYearOpen.CIN))
            .Select(p => Finding(p.First, Ssda903Table.Episodes, nameof(EpisodeRow.CIN), p.First.CIN));
}
