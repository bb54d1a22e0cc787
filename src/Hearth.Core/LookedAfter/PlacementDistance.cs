using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;

namespace Hearth.Core.LookedAfter;

/// <summary>
/// How far a placement is from the home the child left: straight-line miles between the two postcodes, as the DfE
/// measures placement distance (SSDA903 guide; the figures' "more than 20 miles from home"), from the ONS Postcode
/// Directory the authority loads (Ssda903__PostcodeDirectoryPath). None when no directory is loaded or either postcode
/// is not in it, rather than a guess.
/// </summary>
public static class PlacementDistance
{
    public static decimal? Miles(IPostcodeLocations? postcodes, string? home, string? placement) =>
        postcodes is not null && home is not null && placement is not null
            && postcodes.Find(home) is { } from && postcodes.Find(placement) is { } to
            ? Math.Round((decimal)PostcodeDistance.Miles(from, to), 1)
            : null;
}
