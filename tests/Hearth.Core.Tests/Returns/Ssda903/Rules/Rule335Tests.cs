using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule335Tests
{
    [Fact]
    public void Adopted_by_the_foster_carer_from_A3_passes() =>
        Check(new Rule335(), Return(r =>
        {
            r.Episodes[0].PLACE = "A3"; r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E11";
            r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", FOSTER_CARE = "1" });
        })).ShouldBeEmpty();

    [Fact]
    public void Not_adopted_by_the_foster_carer_from_A3_is_flagged() =>
        Check(new Rule335(), Return(r =>
        {
            r.Episodes[0].PLACE = "A3"; r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E11";
            r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", FOSTER_CARE = "0" });
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "A3"), ("1001", Ssda903Table.Ad1, 1, "FOSTER_CARE", "0")]);
}
