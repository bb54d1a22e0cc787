namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>552: the latest decision to place for adoption must be on or before the start of the child's first placement for adoption (A3 to A6).</summary>
public sealed class Rule552 : CareHistoryRule
{
    public override string Code => "552";
    public override string Message => "Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var latestDecision = context.Current.PlacedAdoption
            .Where(p => Ssda903Values.Date(p.DATE_PLACED) is not null)
            .GroupBy(p => Ssda903Values.Code(p.CHILD))
            .ToDictionary(g => g.Key, g => g.MaxBy(p => Ssda903Values.Date(p.DATE_PLACED))!);
        foreach (var child in ChildrenInReturn.EpisodesInDateOrder(context.Current.Episodes))
        {
            var first = child.FirstOrDefault(e => EpisodeCodes.PlacedForAdoption.Contains(Ssda903Values.Code(e.PLACE)) && Ssda903Values.Date(e.DECOM) is not null);
            if (first is not null && latestDecision.TryGetValue(child.Key, out var decision) && Ssda903Values.Date(first.DECOM) < Ssda903Values.Date(decision.DATE_PLACED))
            {
                yield return Finding(first, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), first.DECOM);
                yield return Finding(decision, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED), decision.DATE_PLACED);
            }
        }
    }
}
