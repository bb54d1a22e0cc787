using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule554Tests
{
    [Fact]
    public void A_decision_before_the_placement_order_passes() =>
        Check(new Rule554(), Return(r => { r.Episodes[0].LS = "E1"; r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void A_decision_after_the_placement_order_is_flagged() =>
        Check(new Rule554(), Return(r => { r.Episodes[0].LS = "E1"; r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "03/06/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "LS", "E1"), ("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", "03/06/2026")]);
}
