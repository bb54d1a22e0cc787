namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 503H: the LA of placement (PL_LA, derived from PL_POST) of the child's first episode this year must match the
/// episode left open at the end of last year's return (csc-validator-be-903 rule_503H; two underivable LAs count as
/// the same). Flags PL_POST. Needs last year's return and the postcode table with LAs: finds nothing without them.
/// </summary>
public sealed class Rule503H : Ssda903Rule
{
    public override string Code => "503H";
    public override string Message => "The placement LA in first episode does not match open episode at end of last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Postcodes is null
            ? []
            : EpisodeHistory.FirstAfterLastYearOpen(context)
                .Where(p => PlacementArea.La(context, p.First.PL_POST) != PlacementArea.La(context, p.LastYearOpen.PL_POST))
                .Select(p => Finding(p.First, Ssda903Table.Episodes, nameof(EpisodeRow.PL_POST), p.First.PL_POST));
}
