using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule553Tests
{
    [Fact]
    public void A_placement_order_with_a_decision_passes() =>
        Check(new Rule553(), Return(r => { r.Episodes[0].LS = "E1"; r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void A_placement_order_without_a_decision_is_flagged() =>
        Check(new Rule553(), Return(r => r.Episodes[0].LS = "E1"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "LS", "E1")]);
}
