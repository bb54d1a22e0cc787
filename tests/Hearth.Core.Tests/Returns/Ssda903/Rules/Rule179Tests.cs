using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule179Tests
{
    private sealed class Postcodes(params string[] known) : IPostcodeLocations
    {
        public (double Latitude, double Longitude)? Find(string postcode) => known.Contains(postcode) ? (51.75, -0.34) : null;
    }

    private static IReadOnlyList<Ssda903Finding> Check(Ssda903Return current, IPostcodeLocations? postcodes) =>
        [.. new Rule179().Check(new Ssda903Context(current, Year, postcodes: postcodes))];

    [Fact]
    public void A_placement_postcode_in_the_table_passes() =>
        Check(Return(), new Postcodes("AL2 2BB")).ShouldBeEmpty();

    [Fact]
    public void Without_a_postcode_table_nothing_is_found() =>
        Check(Return(), null).ShouldBeEmpty();

    [Fact]
    public void A_short_break_is_not_checked() =>
        Check(Return(r => r.Episodes[0].LS = "V3"), new Postcodes()).ShouldBeEmpty();

    [Fact]
    public void An_unknown_placement_postcode_is_flagged() =>
        Check(Return(), new Postcodes("AL1 1AA"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "AL2 2BB")]);
}
