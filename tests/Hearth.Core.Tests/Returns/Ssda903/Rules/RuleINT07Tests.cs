using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleINT07Tests
{
    [Fact]
    public void A_child_in_Header_passes() =>
        Check(new RuleINT07(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001" }))).ShouldBeEmpty();

    [Fact]
    public void A_child_missing_from_Header_is_flagged() =>
        Check(new RuleINT07(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "9999" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("9999", Ssda903Table.PrevPerm, 1, "CHILD", "9999")]);
}
