using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule602Tests
{
    [Fact]
    public void AD1_for_an_adopted_child_passes() =>
        Check(new Rule602(), Return(r => { r.Episodes[0].DEC = "10/01/2027"; r.Episodes[0].REC = "E12"; r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/09/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void AD1_without_an_adoption_is_flagged() =>
        Check(new Rule602(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/09/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Ad1, 1, "CHILD", "1001")], ignoreOrder: true);
}
