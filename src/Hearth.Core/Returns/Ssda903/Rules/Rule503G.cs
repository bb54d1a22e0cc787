namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 503G: the placement distance (home postcode to placement postcode, in miles, as the DfE derives
/// PL_DISTANCE) of the child's first episode this year must match last year's episode still open at
/// 31 March, to within 0.2 miles; a distance this year where last year had none also fails. Flags the two
/// postcodes the distance comes from. Needs last year's return and the postcode table: without either it
/// finds nothing.
/// </summary>
public sealed class Rule503G : CareHistoryG3
{
    private const double EarthRadiusMiles = 3958.8;

    public override string Code => "503G";
    public override string Message => "The distance in first episode does not match open episode at end of last year.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        if (context.Postcodes is not { } postcodes)
        {
            return [];
        }

        return CarriedOverEpisodes(context)
            .Where(pair => (Distance(pair.First, postcodes), Distance(pair.OpenLastYear, postcodes)) switch
            {
                ({ } now, { } then) => Math.Abs(now - then) >= 0.2,
                ({ }, null) => true,
                _ => false,
            })
            .SelectMany(pair => Cells(pair.First, Ssda903Table.Episodes, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST)));
    }

    /// <summary>Great-circle distance in miles, or null when either postcode is blank or not in the table.</summary>
    private static double? Distance(EpisodeRow episode, IPostcodeLocations postcodes)
    {
        if (Blank(episode.HOME_POST) || Blank(episode.PL_POST)
            || postcodes.Find(Value(episode.HOME_POST)) is not { } home || postcodes.Find(Value(episode.PL_POST)) is not { } placed)
        {
            return null;
        }

        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(placed.Latitude - home.Latitude);
        var dLon = Radians(placed.Longitude - home.Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(Radians(home.Latitude)) * Math.Cos(Radians(placed.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(a));
    }
}
