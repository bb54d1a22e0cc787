using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule552Tests
{
    [Fact]
    public void A_decision_on_the_day_of_placement_passes() =>
        Check(new Rule552(), Return(r => { r.Episodes[0].PLACE = "A5"; r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "02/06/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void A_decision_after_the_placement_is_flagged() =>
        Check(new Rule552(), Return(r => { r.Episodes[0].PLACE = "A5"; r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "03/06/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", "03/06/2026")]);
}
