using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule147Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule147(), Return(r => r.Episodes[0].DEC = "30/06/2026")).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule147(), Return(r => r.Episodes[0].DEC = "31/06/2026"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DEC", "31/06/2026")]);
}
