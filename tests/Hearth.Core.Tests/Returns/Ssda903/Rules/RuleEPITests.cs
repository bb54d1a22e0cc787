using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleEPITests
{
    [Fact]
    public void A_child_with_episodes_or_an_OC3_row_passes() =>
        Check(new RuleEPI(), Return(r =>
        {
            r.Header.Add(new HeaderRow { Row = 2, CHILD = "1002" });
            r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1002" });
        })).ShouldBeEmpty();

    [Fact]
    public void A_child_with_neither_is_flagged() =>
        Check(new RuleEPI(), Return(r => r.Header.Add(new HeaderRow { Row = 2, CHILD = "1002" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1002", Ssda903Table.Header, 2, "CHILD", "1002")]);
}
