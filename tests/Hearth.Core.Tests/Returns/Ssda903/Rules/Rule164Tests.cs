using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule164Tests
{
    private sealed class Postcodes(Dictionary<string, (double, double)> known) : IPostcodeLocations
    {
        public (double Latitude, double Longitude)? Find(string postcode) => known.TryGetValue(postcode, out var at) ? at : null;
    }

    /// <summary>St Albans and a nearby placement, about 3 miles apart.</summary>
    private static readonly Postcodes Nearby = new(new() { ["AL1 1AA"] = (51.75, -0.34), ["AL2 2BB"] = (51.72, -0.31) });

    private static IReadOnlyList<Ssda903Finding> Check(Ssda903Return current, IPostcodeLocations? postcodes, Ssda903Return? previous = null) =>
        [.. new Rule164().Check(new Ssda903Context(current, Year, previous, postcodes))];

    [Fact]
    public void A_distance_in_range_passes() =>
        Check(Return(), Nearby).ShouldBeEmpty();

    [Fact]
    public void Without_a_postcode_table_nothing_is_found() =>
        Check(Return(r => r.Episodes[0].PL_POST = "ZZ9 9ZZ"), null).ShouldBeEmpty();

    [Fact]
    public void A_formerly_UASC_child_is_not_checked() =>
        Check(Return(r => r.Episodes[0].PL_POST = "ZZ9 9ZZ"), Nearby,
            Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "01/01/2026" }))).ShouldBeEmpty();

    [Fact]
    public void An_unknown_placement_postcode_is_flagged() =>
        Check(Return(r => r.Episodes[0].PL_POST = "ZZ9 9ZZ"), Nearby)
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "ZZ9 9ZZ")]);

    [Fact]
    public void A_distance_over_999_9_miles_is_flagged() =>
        Check(Return(), new Postcodes(new() { ["AL1 1AA"] = (51.75, -0.34), ["AL2 2BB"] = (40.7, -74.0) }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Episodes, 1, "HOME_POST", "AL1 1AA"),
                ("1001", Ssda903Table.Episodes, 1, "PL_POST", "AL2 2BB")]);
}
