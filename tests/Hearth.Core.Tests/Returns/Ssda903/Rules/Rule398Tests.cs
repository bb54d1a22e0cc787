using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule398Tests
{
    [Fact]
    public void Without_a_postcode_table_nothing_is_found() =>
        Check(new Rule398(), Return(r => { r.Episodes[0].LS = "V4"; })).ShouldBeEmpty();

    [Fact]
    public void Respite_without_postcodes_passes() =>
        TestPostcodeTable.Check(new Rule398(), Return(r => { r.Episodes[0].LS = "V3"; r.Episodes[0].HOME_POST = ""; r.Episodes[0].PL_POST = ""; })).ShouldBeEmpty();

    [Fact]
    public void Respite_with_a_distance_is_flagged() =>
        TestPostcodeTable.Check(new Rule398(), Return(r => { r.Episodes[0].LS = "V4"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "LS", "V4"), ("1001", Ssda903Table.Episodes, 1, "HOME_POST", "AL1 1AA"), ("1001", Ssda903Table.Episodes, 1, "PL_POST", "AL2 2BB")]);
}
