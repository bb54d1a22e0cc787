namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>558: an adopted child (an episode ending E11 or E12) should have no DATE_PLACED_CEASED on their latest decision to place for adoption. The DfE validator counts ceased dates per calendar year instead, which misses the plain case; this follows the DfE wording.</summary>
public sealed class Rule558 : CareHistoryRule
{
    public override string Code => "558";
    public override string Message => "If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var latestDecision = context.Current.PlacedAdoption
            .GroupBy(p => Ssda903Values.Code(p.CHILD))
            .ToDictionary(g => g.Key, g => g.OrderBy(p => Ssda903Values.Date(p.DATE_PLACED) ?? DateOnly.MinValue).ThenBy(p => p.Row).Last());
        foreach (var adopted in context.Current.Episodes.Where(e => Ssda903Values.Code(e.REC) is "E11" or "E12"))
        {
            if (latestDecision.TryGetValue(Ssda903Values.Code(adopted.CHILD), out var decision) && !Ssda903Values.IsBlank(decision.DATE_PLACED_CEASED))
            {
                yield return Finding(adopted, Ssda903Table.Episodes, nameof(EpisodeRow.REC), adopted.REC);
                yield return Finding(decision, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED_CEASED), decision.DATE_PLACED_CEASED);
            }
        }
    }
}
