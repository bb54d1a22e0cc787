using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleINT21Tests
{
    [Fact]
    public void The_same_sex_passes() =>
        Check(new RuleINT21(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", SEX = "F" }))).ShouldBeEmpty();

    [Fact]
    public void A_different_sex_is_flagged() =>
        Check(new RuleINT21(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", SEX = "M" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Uasc, 1, "SEX", "M")]);
}
