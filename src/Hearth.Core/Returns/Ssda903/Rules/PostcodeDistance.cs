namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// The placement distance (PL_DISTANCE), which the DfE derives from the home and placement postcodes
/// rather than collecting it (statutory-data.md B; rules 164, 392a, 398, 406, 453, 454, 503G): the
/// great-circle (haversine) distance in miles between the two postcodes' ONS locations.
/// </summary>
internal static class PostcodeDistance
{
    private const double EarthRadiusMiles = 3958.8;

    /// <summary>Great-circle (haversine) distance in miles between two locations given in degrees.</summary>
    public static double Miles((double Latitude, double Longitude) a, (double Latitude, double Longitude) b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusMiles * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// The episode's placement distance in miles; null when the authority has loaded no postcode table,
    /// either postcode is blank, or either is not in the table.
    /// </summary>
    public static double? Miles(Ssda903Context context, EpisodeRow episode) =>
        context.Postcodes is { } postcodes ? Miles(postcodes, episode) : null;

    /// <summary>The episode's placement distance in miles from <paramref name="postcodes"/>; null when a postcode is blank or unknown.</summary>
    public static double? Miles(IPostcodeLocations postcodes, EpisodeRow episode) =>
        !string.IsNullOrWhiteSpace(episode.HOME_POST) && !string.IsNullOrWhiteSpace(episode.PL_POST)
            && postcodes.Find(episode.HOME_POST.Trim()) is { } home && postcodes.Find(episode.PL_POST.Trim()) is { } place
            ? Miles(home, place)
            : null;

    /// <summary>
    /// Episodes (other than V3/V4 short breaks) whose placement postcode is blank or not in the
    /// authority's postcode table, so that the placement's local authority and location (in or out of
    /// area) cannot be derived. Nothing when no postcode table is loaded.
    /// </summary>
    public static IEnumerable<EpisodeRow> PlacementPostcodeUnknown(Ssda903Context context) =>
        context.Postcodes is not { } postcodes
            ? []
            : context.Current.Episodes.Where(e => !EpisodeCodes.ShortBreaks.Is(e.LS)
                && (e.PL_POST.IsBlank() || postcodes.Find(e.PL_POST!.Trim()) is null));

    /// <summary>Postcode cells that are filled in but not in the authority's postcode table (none without one).</summary>
    public static IEnumerable<(string Field, string? Value)> UnknownPostcodes(Ssda903Context context, EpisodeRow episode) =>
        context.Postcodes is not { } postcodes
            ? []
            : FindingCells.Named(episode, nameof(EpisodeRow.HOME_POST), nameof(EpisodeRow.PL_POST))
                .Where(c => Ssda903Values.IsFilled(c.Value) && postcodes.Find(c.Value!.Trim()) is null);
}
