using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule630Tests
{
    [Fact]
    public void Z1_passes() =>
        Check(new Rule630(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", PREV_PERM = "Z1" }))).ShouldBeEmpty();

    [Fact]
    public void Missing_previous_permanence_is_flagged() =>
        Check(new Rule630(), Return())
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "RNE", "S")], ignoreOrder: true);

    [Fact]
    public void P1_without_order_details_is_flagged() =>
        Check(new Rule630(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", PREV_PERM = "P1", LA_PERM = "352" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "RNE", "S")], ignoreOrder: true);
}
