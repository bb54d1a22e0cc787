using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule344Tests
{
    [Fact]
    public void Died_with_zero_activity_and_accommodation_passes() =>
        Check(new Rule344(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "DIED", ACTIV = "0", ACCOM = "0" }))).ShouldBeEmpty();

    [Fact]
    public void Returned_home_with_an_activity_is_flagged() =>
        Check(new Rule344(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "RHOM", ACTIV = "F1", ACCOM = "0" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "RHOM"), ("1001", Ssda903Table.Oc3, 1, "ACTIV", "F1"),
                ("1001", Ssda903Table.Oc3, 1, "ACCOM", "0")]);
}
