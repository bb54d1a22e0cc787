using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule631Tests
{
    [Fact]
    public void P1_passes() =>
        Check(new Rule631(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", PREV_PERM = "P1" }))).ShouldBeEmpty();

    [Fact]
    public void P0_is_flagged() =>
        Check(new Rule631(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", PREV_PERM = "P0" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PrevPerm, 1, "PREV_PERM", "P0")], ignoreOrder: true);
}
