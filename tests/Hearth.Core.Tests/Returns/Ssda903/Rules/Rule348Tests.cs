using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule348Tests
{
    [Fact]
    public void Died_in_both_years_passes() =>
        Check(new Rule348(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "DIED" })),
            Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "DIED" }))).ShouldBeEmpty();

    [Fact]
    public void In_touch_after_dying_is_flagged() =>
        Check(new Rule348(), Return(r => r.Oc3.Add(new Oc3Row { Row = 3, CHILD = "1001", IN_TOUCH = "YES" })),
            Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "DIED" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 3, "IN_TOUCH", "YES")]);
}
