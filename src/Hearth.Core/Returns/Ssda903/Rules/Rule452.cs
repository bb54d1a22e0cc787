namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 452: when the child's first episode this year has the same reason for new episode (RNE) as last year's latest
/// episode, left open at 31 March, the two must have the same LA of placement (PL_LA, derived from PL_POST)
/// (csc-validator-be-903 rule_452; two underivable LAs count as the same). Flags PL_POST of this year's episode.
/// Needs last year's return and the postcode table with LAs: finds nothing without them.
/// </summary>
public sealed class Rule452 : CareHistoryRule
{
    public override string Code => "452";
    public override string Message => "Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Postcodes is null
            ? []
            : CarriedOverEpisodes(context)
                .Where(p => Ssda903Values.Same(p.First.RNE, p.OpenLastYear.RNE)
                    && PlacementArea.La(context, p.First.PL_POST) != PlacementArea.La(context, p.OpenLastYear.PL_POST))
                .Select(p => Finding(p.First, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), p.First.PL_POST));
}
