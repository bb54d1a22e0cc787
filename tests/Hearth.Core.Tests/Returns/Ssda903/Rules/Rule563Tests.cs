using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule563Tests
{
    [Fact]
    public void A_ceased_decision_with_its_date_passes() =>
        Check(new Rule563(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026", DATE_PLACED_CEASED = "01/06/2026", REASON_PLACED_CEASED = "RD1" }))).ShouldBeEmpty();

    [Fact]
    public void A_ceased_decision_without_its_date_is_flagged() =>
        Check(new Rule563(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED_CEASED = "01/06/2026", REASON_PLACED_CEASED = "RD1" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", null), ("1001", Ssda903Table.PlacedAdoption, 1, "REASON_PLACED_CEASED", "RD1"), ("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED_CEASED", "01/06/2026")]);
}
