using Hearth.Core.Returns.Ssda903;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

/// <summary>A small postcode table for the placement-distance rules: St Albans, Watford (about 7 miles away) and Inverness (over 400 miles).</summary>
public sealed class TestPostcodeTable : IPostcodeLocations
{
    private static readonly Dictionary<string, (double, double)> Locations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AL1 1AA"] = (51.7500, -0.3400),
        ["AL2 2BB"] = (51.7200, -0.3300),
        ["WD17 1AA"] = (51.6560, -0.3970),
        ["IV1 1AA"] = (57.4780, -4.2250),
    };

    public (double Latitude, double Longitude)? Find(string postcode) =>
        Locations.TryGetValue(postcode.Trim(), out var location) ? location : null;

    public static IReadOnlyList<Ssda903Finding> Check(Hearth.Core.Returns.Ssda903.Rules.Ssda903Rule rule, Ssda903Return current, Ssda903Return? previous = null) =>
        [.. rule.Check(new Ssda903Context(current, Ssda903TestData.Year, previous, new TestPostcodeTable()))];
}
