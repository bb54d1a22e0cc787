using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule353Tests
{
    [Fact]
    public void A_recent_start_passes() => Check(new Rule353(), Return()).ShouldBeEmpty();

    [Fact]
    public void A_start_before_October_1991_is_flagged() =>
        Check(new Rule353(), Return(r => r.Episodes[0].DECOM = "13/10/1991"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "13/10/1991")]);
}
