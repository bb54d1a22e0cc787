using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule153Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule153(), Return(r => { r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES", ACTIV = "F1", ACCOM = "B1" }); })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule153(), Return(r => { r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "YES"), ("1001", Ssda903Table.Oc3, 1, "ACTIV", null), ("1001", Ssda903Table.Oc3, 1, "ACCOM", null)]);
}
