using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule633Tests
{
    [Fact]
    public void Scotland_passes() =>
        Check(new Rule633(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", LA_PERM = "SCO" }))).ShouldBeEmpty();

    [Fact]
    public void Unknown_code_is_flagged() =>
        Check(new Rule633(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", LA_PERM = "458" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PrevPerm, 1, "LA_PERM", "458")], ignoreOrder: true);
}
