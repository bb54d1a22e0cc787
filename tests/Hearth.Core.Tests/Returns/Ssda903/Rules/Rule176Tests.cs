using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule176Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule176(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", SEX_ADOPTR = "MF" }))).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule176(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", SEX_ADOPTR = "m1" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Ad1, 1, "SEX_ADOPTR", "m1")]);
}
