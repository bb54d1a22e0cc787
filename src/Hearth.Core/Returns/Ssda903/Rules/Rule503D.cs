namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>503D: the placement type (PLACE) of the child's first episode this year must match the episode left open at the end of last year's return (compared trimmed). Needs last year's return: finds nothing without it. Flags PLACE.</summary>
public sealed class Rule503D : Ssda903Rule
{
    public override string Code => "503D";
    public override string Message => "The placement type in the first episode does not match open episode at end of last year";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        EpisodeHistory.FirstAfterLastYearOpen(context)
            .Where(p => !Ssda903Values.Same(p.First.PLACE, p.LastYearOpen.PLACE))
            .Select(p => Finding(p.First, Ssda903Table.Episodes, nameof(EpisodeRow.PLACE), p.First.PLACE));
}
