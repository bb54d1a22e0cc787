using Hearth.Core.LookedAfter;
using Hearth.Core.Returns.Ssda903;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.LookedAfter;

public sealed class PlacementDistanceTests
{
    private sealed class Postcodes : IPostcodeLocations
    {
        // St Albans city centre and Stevenage town centre: about 12 miles apart as the crow flies.
        public (double Latitude, double Longitude)? Find(string postcode) => postcode switch
        {
            "AL1 3JZ" => (51.7505, -0.3367),
            "SG1 2DA" => (51.9033, -0.2006),
            _ => null,
        };
    }

    [Fact]
    public void The_distance_is_straight_line_miles_between_the_two_postcodes_to_a_tenth() =>
        PlacementDistance.Miles(new Postcodes(), "AL1 3JZ", "SG1 2DA")!.Value.ShouldBeInRange(11.5m, 12.5m);

    [Fact]
    public void No_directory_or_an_unknown_postcode_gives_no_distance()
    {
        PlacementDistance.Miles(null, "AL1 3JZ", "SG1 2DA").ShouldBeNull();
        PlacementDistance.Miles(new Postcodes(), "AL1 3JZ", "ZZ9 9ZZ").ShouldBeNull();
        PlacementDistance.Miles(new Postcodes(), null, "SG1 2DA").ShouldBeNull();
    }
}
