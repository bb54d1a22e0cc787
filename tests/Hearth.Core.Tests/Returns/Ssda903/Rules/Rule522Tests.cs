using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule522Tests
{
    [Fact]
    public void A_decision_ceasing_the_same_day_passes() =>
        Check(new Rule522(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/07/2026", DATE_PLACED_CEASED = "01/07/2026" }))).ShouldBeEmpty();

    [Fact]
    public void A_decision_ceasing_before_it_was_made_is_flagged() =>
        Check(new Rule522(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/07/2026", DATE_PLACED_CEASED = "30/06/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", "01/07/2026"), ("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED_CEASED", "30/06/2026")]);
}
