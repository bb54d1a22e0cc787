using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule584Tests
{
    [Fact]
    public void A_decision_after_last_years_ceased_one_passes() =>
        Check(new Rule584(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/06/2026" })), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/02/2026", DATE_PLACED_CEASED = "01/03/2026" }))).ShouldBeEmpty();

    [Fact]
    public void A_decision_before_last_years_ceased_one_is_flagged() =>
        Check(new Rule584(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/01/2026" })), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/02/2026", DATE_PLACED_CEASED = "01/03/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", "01/01/2026")]);
}
