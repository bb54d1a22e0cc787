using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule331Tests
{
    [Fact]
    public void Matching_before_placement_passes() =>
        Check(new Rule331(), Return(r =>
        {
            r.Episodes[0].PLACE = "A3"; r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E11";
            r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_MATCH = "01/06/2026" });
        })).ShouldBeEmpty();

    [Fact]
    public void Matching_after_placement_is_flagged() =>
        Check(new Rule331(), Return(r =>
        {
            r.Episodes[0].PLACE = "A3"; r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E11";
            r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_MATCH = "03/06/2026" });
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Ad1, 1, "DATE_MATCH", "03/06/2026"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"),
                ("1001", Ssda903Table.Episodes, 1, "REC", "E11")]);
}
