using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule408Tests
{
    [Fact]
    public void Placement_for_adoption_with_an_order_passes() =>
        Check(new Rule408(), Return(r => { r.Episodes[0].PLACE = "A5"; r.Episodes[0].LS = "E1"; })).ShouldBeEmpty();

    [Fact]
    public void Placement_for_adoption_without_an_order_is_flagged() =>
        Check(new Rule408(), Return(r => { r.Episodes[0].PLACE = "A6"; r.Episodes[0].LS = "C2"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "A6"), ("1001", Ssda903Table.Episodes, 1, "LS", "C2")]);
}
