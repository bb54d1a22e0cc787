using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule635Tests
{
    [Fact]
    public void P1_with_order_details_passes() =>
        Check(new Rule635(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", PREV_PERM = "P1", LA_PERM = "352", DATE_PERM = "01/01/2020" }))).ShouldBeEmpty();

    [Fact]
    public void Z1_with_order_details_is_flagged() =>
        Check(new Rule635(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", PREV_PERM = "Z1", LA_PERM = "352" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PrevPerm, 1, "LA_PERM", "352"), ("1001", Ssda903Table.PrevPerm, 1, "DATE_PERM", null), ("1001", Ssda903Table.PrevPerm, 1, "PREV_PERM", "Z1")], ignoreOrder: true);
}
