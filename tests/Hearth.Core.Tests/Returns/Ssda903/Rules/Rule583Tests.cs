using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule583Tests
{
    [Fact]
    public void An_earlier_ceased_decision_and_a_later_open_one_pass() =>
        Check(new Rule583(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026", DATE_PLACED_CEASED = "01/06/2026" }); r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 2, CHILD = "1001", DATE_PLACED = "01/07/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void An_earlier_open_decision_is_flagged() =>
        Check(new Rule583(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026" }); r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 2, CHILD = "1001", DATE_PLACED = "01/07/2026", DATE_PLACED_CEASED = "01/08/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", "01/05/2026"), ("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED_CEASED", null)]);
}
