using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule503GTests
{
    private sealed class Postcodes : IPostcodeLocations
    {
        public (double Latitude, double Longitude)? Find(string postcode) => postcode switch
        {
            "AL1 1AA" => (51.750, -0.340),
            "AL2 2BB" => (51.720, -0.350),
            "LU1 1AA" => (51.880, -0.420),
            _ => null,
        };
    }

    private static Ssda903Return LastYear() => Return(r => r.Episodes[0].DECOM = "02/06/2025");

    private static IEnumerable<Ssda903Finding> Check503G(Ssda903Return current, IPostcodeLocations? postcodes) =>
        new Rule503G().Check(new Ssda903Context(current, Year, LastYear(), postcodes));

    [Fact]
    public void The_same_placement_distance_passes() =>
        Check503G(Return(r => r.Episodes[0].DECOM = "02/06/2025"), new Postcodes()).ShouldBeEmpty();

    [Fact]
    public void Without_the_postcode_table_nothing_is_found() =>
        Check503G(Return(r => (r.Episodes[0].DECOM, r.Episodes[0].PL_POST) = ("02/06/2025", "LU1 1AA")), null).ShouldBeEmpty();

    [Fact]
    public void A_different_placement_distance_is_flagged() =>
        Check503G(Return(r => (r.Episodes[0].DECOM, r.Episodes[0].PL_POST) = ("02/06/2025", "LU1 1AA")), new Postcodes())
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "HOME_POST", "AL1 1AA"), ("1001", Ssda903Table.Episodes, 1, "PL_POST", "LU1 1AA")]);
}
