namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 607: a girl who ceased to be looked after in the year (an episode ending with a REC other than X1,
/// not on short breaks V3/V4) must have MOTHER completed. Flags the episode's DEC, REC and LS and the header's SEX and MOTHER.
/// </summary>
public sealed class Rule607 : Ssda903Rule
{
    public override string Code => "607";
    public override string Message => "Child ceased to be looked after in the year, but mother field has not been completed.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var girlsWithoutMother = context.Current.Header
            .Where(h => Ssda903Values.Code(h.SEX) == "F" && Ssda903Values.IsBlank(h.MOTHER))
            .ToLookup(h => Ssda903Values.Code(h.CHILD));
        foreach (var episode in context.Current.Episodes.Where(e => e.CeasedIn(context) && Ssda903Values.Code(e.LS) is not ("V3" or "V4")))
        {
            foreach (var header in girlsWithoutMother[Ssda903Values.Code(episode.CHILD)])
            {
                foreach (var cell in FindingCells.Flagged(episode, nameof(EpisodeRow.DEC), nameof(EpisodeRow.REC), nameof(EpisodeRow.LS))
                    .Concat(FindingCells.Flagged(header, nameof(HeaderRow.SEX), nameof(HeaderRow.MOTHER))))
                {
                    yield return Finding(cell.Row, cell.Table, cell.Field, cell.Value);
                }
            }
        }
    }
}
