namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 503G: the placement distance (home postcode to placement postcode, in miles, as the DfE derives
/// PL_DISTANCE) of the child's first episode this year must match last year's episode still open at
/// 31 March, to within 0.2 miles; a distance this year where last year had none also fails. Flags the two
/// postcodes the distance comes from. Needs last year's return and the postcode table: without either it
/// finds nothing.
/// </summary>
public sealed class Rule503G : CareHistoryRule
{
    public override string Code => "503G";
    public override string Message => "The distance in first episode does not match open episode at end of last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Postcodes is not { } postcodes)
        {
            return [];
        }

        return CarriedOverEpisodes(context)
            .Where(pair => (PostcodeDistance.Miles(postcodes, pair.First), PostcodeDistance.Miles(postcodes, pair.OpenLastYear)) switch
            {
                ({ } now, { } then) => Math.Abs(now - then) >= 0.2,
                ({ }, null) => true,
                _ => false,
            })
            .SelectMany(pair => this.Cells(pair.First, Ssda903Table.Episodes, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST)));
    }
}
