using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule187Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule187(), Return(r => { r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule187(), Return(r => { r.Episodes[0].DECOM = "01/01/2025"; r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/05/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Ad1, 1, "DATE_INT", "01/05/2026"), ("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "YES")]);
}
