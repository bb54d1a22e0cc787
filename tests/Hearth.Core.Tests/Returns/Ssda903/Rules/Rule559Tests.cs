using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule559Tests
{
    [Fact]
    public void An_earlier_decision_reported_last_year_passes() =>
        Check(new Rule559(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/02/2026" })), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/02/2026" }))).ShouldBeEmpty();

    [Fact]
    public void An_earlier_decision_missing_from_last_year_is_flagged() =>
        Check(new Rule559(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/02/2026" })), Return())
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", "01/02/2026")]);
}
