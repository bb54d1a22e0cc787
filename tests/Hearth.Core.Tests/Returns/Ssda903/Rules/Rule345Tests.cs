using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule345Tests
{
    [Fact]
    public void In_touch_with_activity_and_accommodation_passes() =>
        Check(new Rule345(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES", ACTIV = "F1", ACCOM = "S1" }))).ShouldBeEmpty();

    [Fact]
    public void In_touch_with_zero_accommodation_is_flagged() =>
        Check(new Rule345(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES", ACTIV = "F1", ACCOM = "0" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "YES"), ("1001", Ssda903Table.Oc3, 1, "ACTIV", "F1"),
                ("1001", Ssda903Table.Oc3, 1, "ACCOM", "0")]);
}
