using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1009Tests
{
    [Fact]
    public void Known_reason_passes() =>
        Check(new Rule1009(), Return(r => r.Episodes[0].REASON_PLACE_CHANGE = "CARPL")).ShouldBeEmpty();

    [Fact]
    public void Unknown_reason_is_flagged() =>
        Check(new Rule1009(), Return(r => r.Episodes[0].REASON_PLACE_CHANGE = "other"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REASON_PLACE_CHANGE", "other")], ignoreOrder: true);
}
