namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 634: previous permanence details are only collected for children who started to be looked after
/// on or after 1 April 2016, so a child with PrevPerm entries needs an episode starting then or later.
/// The DfE validator compares with the start of the collection year instead; this follows the DfE wording.
/// Flags the completed PrevPerm cells and the child's latest episode's DECOM.
/// </summary>
public sealed class Rule634 : Ssda903Rule
{
    private static readonly DateOnly Introduced = new(2016, 4, 1);

    public override string Code => "634";
    public override string Message => "There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var episodes = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        foreach (var row in context.Current.PrevPerm)
        {
            var filled = FindingCells.Flagged(row, nameof(PrevPermRow.PREV_PERM), nameof(PrevPermRow.LA_PERM), nameof(PrevPermRow.DATE_PERM))
                .Where(c => !Ssda903Values.IsBlank(c.Value)).ToList();
            if (filled.Count == 0 || episodes.LatestEpisode(row.CHILD) is not { } latest || Ssda903Date.Parse(latest.DECOM) >= Introduced)
            {
                continue;
            }
            foreach (var cell in filled)
            {
                yield return Finding(cell.Row, cell.Table, cell.Field, cell.Value);
            }
            yield return Finding(latest, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), latest.DECOM);
        }
    }
}
