namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>562: a child whose first episode this year began before 1 April must have that episode as the latest episode in last year's return. Needs last year's return.</summary>
public sealed class Rule562 : CareHistoryRule
{
    public override string Code => "562";
    public override string Message => "Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Previous is null)
        {
            yield break;
        }

        var lastYear = ChildrenInReturn.EpisodesInDateOrder(context.Previous.Episodes);
        foreach (var child in ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes))
        {
            var first = child.First();
            var latest = lastYear[child.Key].LastOrDefault(e => Ssda903Values.Date(e.DECOM) is not null);
            if (Ssda903Values.Date(first.DECOM) < context.CollectionStart && (latest is null || !SameDate(latest.DECOM, first.DECOM)))
            {
                yield return Finding(first, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), first.DECOM);
            }
        }
    }
}
