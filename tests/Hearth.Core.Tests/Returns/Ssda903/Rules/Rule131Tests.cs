using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule131Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule131(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "RHOM" }))).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule131(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "REFUSE" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "REFUSE")]);

    [Fact]
    public void A_blank_is_flagged() =>
        Check(new Rule131(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", ACTIV = "F1", ACCOM = "B1" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", null)]);
}
