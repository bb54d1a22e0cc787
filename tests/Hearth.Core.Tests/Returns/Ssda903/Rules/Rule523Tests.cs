using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule523Tests
{
    [Fact]
    public void The_same_decision_date_passes() =>
        Check(new Rule523(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/07/2026" }); r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/07/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void Different_decision_dates_are_flagged() =>
        Check(new Rule523(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/07/2026" }); r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "02/07/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", "01/07/2026"), ("1001", Ssda903Table.Ad1, 1, "DATE_INT", "02/07/2026")]);
}
