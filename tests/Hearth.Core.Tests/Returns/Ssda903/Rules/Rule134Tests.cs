using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule134Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule134(), Return(r => { r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/05/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule134(), Return(r => { r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/05/2026" }); r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Ad1, 1, "DATE_INT", "01/05/2026")]);
}
