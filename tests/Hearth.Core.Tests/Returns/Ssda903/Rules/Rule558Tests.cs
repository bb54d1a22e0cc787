using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule558Tests
{
    [Fact]
    public void An_adopted_child_with_an_open_decision_passes() =>
        Check(new Rule558(), Return(r => { (r.Episodes[0].PLACE, r.Episodes[0].DEC, r.Episodes[0].REC) = ("A3", "01/03/2027", "E12"); r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void An_adopted_child_with_a_ceased_decision_is_flagged() =>
        Check(new Rule558(), Return(r => { (r.Episodes[0].PLACE, r.Episodes[0].DEC, r.Episodes[0].REC) = ("A3", "01/03/2027", "E12"); r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/05/2026", DATE_PLACED_CEASED = "01/02/2027" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REC", "E12"), ("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED_CEASED", "01/02/2027")]);
}
