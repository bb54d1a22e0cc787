using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule454Tests
{
    [Fact]
    public void Without_a_postcode_table_nothing_is_found() =>
        Check(new Rule454(), Return(r => { r.Episodes[0].PL_POST = "IV1 1AA"; })).ShouldBeEmpty();

    [Fact]
    public void A_placement_nearby_passes() =>
        TestPostcodeTable.Check(new Rule454(), Return()).ShouldBeEmpty();

    [Fact]
    public void A_placement_over_350_miles_away_is_flagged() =>
        TestPostcodeTable.Check(new Rule454(), Return(r => { r.Episodes[0].PL_POST = "IV1 1AA"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "HOME_POST", "AL1 1AA"), ("1001", Ssda903Table.Episodes, 1, "PL_POST", "IV1 1AA")]);
}
