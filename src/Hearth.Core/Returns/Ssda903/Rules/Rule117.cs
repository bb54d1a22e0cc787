namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>117: the dates the LA decided the child should, or should no longer, be placed for adoption (PlacedAdoption DATE_PLACED, DATE_PLACED_CEASED) must not be after 31 March nor after the end (DEC) of the child's latest episode whose REC is not X1. Flags the late PlacedAdoption dates and that episode's DEC.</summary>
public sealed class Rule117 : Ssda903Rule
{
    public override string Code => "117";
    public override string Message => "Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var end = context.CollectionEnd;
        var latest = context.Current.Episodes
            .Where(e => e.CHILD.IsFilled() && Ssda903Date.Parse(e.DECOM) is not null && !e.REC.IsCode("X1"))
            .GroupBy(e => e.CHILD!.Trim())
            .ToDictionary(g => g.Key, g => g.MaxBy(e => Ssda903Date.Parse(e.DECOM))!);
        var findings = new List<Ssda903Finding>();
        foreach (var placed in context.Current.PlacedAdoption)
        {
            if (placed.CHILD is null || !latest.TryGetValue(placed.CHILD.Trim(), out var episode))
            {
                continue;
            }

            var dec = Ssda903Date.Parse(episode.DEC);
            bool TooLate(string? text) => Ssda903Date.Parse(text) is { } date && (date > end || date > dec);
            var late = new (string Field, string? Value)[]
                {
                    (nameof(PlacedAdoptionRow.DATE_PLACED), placed.DATE_PLACED),
                    (nameof(PlacedAdoptionRow.DATE_PLACED_CEASED), placed.DATE_PLACED_CEASED),
                }
                .Where(c => TooLate(c.Value)).ToList();
            if (late.Count > 0)
            {
                findings.AddRange(this.Cells(placed, Ssda903Table.PlacedAdoption, late));
                findings.Add(Finding(episode, Ssda903Table.Episodes, nameof(EpisodeRow.DEC), episode.DEC));
            }
        }

        return findings.Distinct();
    }
}
