namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 601: a child adopted in the year (an episode ending E11/E12 between 1 April and 31 March) who has
/// an AD1 row must have every AD1 field completed. Flags the adoption episodes' REC and the blank AD1 cells.
/// </summary>
public sealed class Rule601 : Ssda903Rule
{
    private static readonly string[] Fields =
    [
        nameof(Ad1Row.DATE_INT), nameof(Ad1Row.DATE_MATCH), nameof(Ad1Row.FOSTER_CARE),
        nameof(Ad1Row.NB_ADOPTR), nameof(Ad1Row.SEX_ADOPTR), nameof(Ad1Row.LS_ADOPTR),
    ];

    public override string Code => "601";
    public override string Message => "The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var adoptions = context.Current.Episodes.Where(e => e.AdoptedIn(context)).ToLookup(e => Ssda903Values.Code(e.CHILD));
        foreach (var ad1 in context.Current.Ad1)
        {
            var blanks = FindingCells.Flagged(ad1, Fields).Where(c => Ssda903Values.IsBlank(c.Value)).ToList();
            var episodes = adoptions[Ssda903Values.Code(ad1.CHILD)].ToList();
            if (blanks.Count == 0 || episodes.Count == 0)
            {
                continue;
            }
            foreach (var episode in episodes)
            {
                yield return Finding(episode, Ssda903Table.Episodes, nameof(EpisodeRow.REC), episode.REC);
            }
            foreach (var cell in blanks)
            {
                yield return Finding(cell.Row, cell.Table, cell.Field, cell.Value);
            }
        }
    }
}
