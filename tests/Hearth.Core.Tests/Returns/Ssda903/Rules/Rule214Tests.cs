using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule214Tests
{
    [Fact]
    public void A_short_break_without_location_passes() =>
        Check(new Rule214(), Return(r => { r.Episodes[0].LS = "V3"; r.Episodes[0].PL_POST = null; r.Episodes[0].URN = null; })).ShouldBeEmpty();

    [Fact]
    public void A_short_break_with_a_location_is_flagged() =>
        Check(new Rule214(), Return(r => { r.Episodes[0].LS = "V4"; r.Episodes[0].URN = null; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "AL2 2BB"), ("1001", Ssda903Table.Episodes, 1, "URN", null)]);
}
