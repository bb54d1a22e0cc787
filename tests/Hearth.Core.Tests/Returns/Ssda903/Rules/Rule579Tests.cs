using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule579Tests
{
    [Fact]
    public void Decisions_one_after_another_pass() =>
        Check(new Rule579(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026", DATE_PLACED_CEASED = "01/06/2026" }); r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 2, CHILD = "1001", DATE_PLACED = "01/06/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void A_decision_while_the_last_is_open_is_flagged() =>
        Check(new Rule579(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026" }); r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 2, CHILD = "1001", DATE_PLACED = "01/06/2026", DATE_PLACED_CEASED = "01/07/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 2, "DATE_PLACED", "01/06/2026"), ("1001", Ssda903Table.PlacedAdoption, 2, "DATE_PLACED_CEASED", "01/07/2026")]);
}
