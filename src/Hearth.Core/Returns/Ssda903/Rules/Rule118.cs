namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>118: the date of the decision that the child should no longer be placed for adoption (PlacedAdoption DATE_PLACED_CEASED) must not be before 1 April nor before the start (DECOM) of the child's earliest episode that is not a V3/V4 short break. Flags that date and that episode's DECOM.</summary>
public sealed class Rule118 : Ssda903Rule
{
    public override string Code => "118";
    public override string Message => "Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var start = context.CollectionStart;
        var earliest = context.Current.Episodes
            .Where(e => e.CHILD.IsFilled() && Ssda903Date.Parse(e.DECOM) is not null && !EpisodeCodes.ShortBreaks.Is(e.LS))
            .GroupBy(e => e.CHILD!.Trim())
            .ToDictionary(g => g.Key, g => g.MinBy(e => Ssda903Date.Parse(e.DECOM))!);
        var findings = new List<Ssda903Finding>();
        foreach (var placed in context.Current.PlacedAdoption)
        {
            if (placed.CHILD is null || !earliest.TryGetValue(placed.CHILD.Trim(), out var episode)
                || Ssda903Date.Parse(placed.DATE_PLACED_CEASED) is not { } ceased
                || (ceased >= start && ceased >= Ssda903Date.Parse(episode.DECOM)))
            {
                continue;
            }

            findings.Add(Finding(placed, Ssda903Table.PlacedAdoption, nameof(PlacedAdoptionRow.DATE_PLACED_CEASED), placed.DATE_PLACED_CEASED));
            findings.Add(Finding(episode, Ssda903Table.Episodes, nameof(EpisodeRow.DECOM), episode.DECOM));
        }

        return findings.Distinct();
    }
}
