namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 1003: the decision to place for adoption (DATE_PLACED) cannot be before the child started to be
/// looked after (the first episode with RNE S). Flags DATE_PLACED and that episode's DECOM and RNE.
/// </summary>
public sealed class Rule1003 : Ssda903Rule
{
    public override string Code => "1003";
    public override string Message => "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var started = ChildrenInReturn.DatedEpisodesByChild(context.Current.Episodes);
        foreach (var placed in context.Current.PlacedAdoption)
        {
            var first = placed.CHILD is null ? null : started[placed.CHILD.Trim()].FirstOrDefault(e => Ssda903Values.Code(e.RNE) == "S");
            if (first is null || !(Ssda903Date.Parse(placed.DATE_PLACED) < Ssda903Date.Parse(first.DECOM)))
            {
                continue;
            }
            yield return Finding(placed, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED), placed.DATE_PLACED);
            yield return Finding(first, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), first.DECOM);
            yield return Finding(first, Ssda903Table.Episodes, nameof(EpisodeRow.RNE), first.RNE);
        }
    }
}
