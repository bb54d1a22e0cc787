using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule557Tests
{
    [Fact]
    public void Leaving_care_with_the_decision_ceased_passes() =>
        Check(new Rule557(), Return(r => { (r.Episodes[0].LS, r.Episodes[0].DEC, r.Episodes[0].REC) = ("E1", "01/03/2027", "E13"); r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026", DATE_PLACED_CEASED = "01/03/2027", REASON_PLACED_CEASED = "RD1" }); })).ShouldBeEmpty();

    [Fact]
    public void Leaving_care_with_the_decision_still_open_is_flagged() =>
        Check(new Rule557(), Return(r => { (r.Episodes[0].LS, r.Episodes[0].DEC, r.Episodes[0].REC) = ("E1", "01/03/2027", "E13"); r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "U4"), ("1001", Ssda903Table.Episodes, 1, "LS", "E1"), ("1001", Ssda903Table.Episodes, 1, "REC", "E13"), ("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED_CEASED", null), ("1001", Ssda903Table.PlacedAdoption, 1, "REASON_PLACED_CEASED", null)]);
}
