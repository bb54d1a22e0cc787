using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule446Tests
{
    [Fact]
    public void A_placement_order_from_December_2005_passes() =>
        Check(new Rule446(), Return(r => { r.Episodes[0].LS = "E1"; r.Episodes[0].DECOM = "01/12/2005"; })).ShouldBeEmpty();

    [Fact]
    public void A_placement_order_before_December_2005_is_flagged() =>
        Check(new Rule446(), Return(r => { r.Episodes[0].LS = "E1"; r.Episodes[0].DECOM = "30/11/2005"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "LS", "E1"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "30/11/2005")]);
}
