using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule582Tests
{
    [Fact]
    public void Matched_before_adoption_passes() =>
        Check(new Rule582(), Return(r => { (r.Episodes[0].PLACE, r.Episodes[0].DEC, r.Episodes[0].REC) = ("A3", "01/03/2027", "E11"); r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_MATCH = "01/02/2027" }); })).ShouldBeEmpty();

    [Fact]
    public void Matched_on_the_day_of_adoption_is_flagged() =>
        Check(new Rule582(), Return(r => { (r.Episodes[0].PLACE, r.Episodes[0].DEC, r.Episodes[0].REC) = ("A3", "01/03/2027", "E11"); r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_MATCH = "01/03/2027" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DEC", "01/03/2027"), ("1001", Ssda903Table.Ad1, 1, "DATE_MATCH", "01/03/2027")]);
}
