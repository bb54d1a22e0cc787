using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule103Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule103(), Return(r => r.Header[0].ETHNIC = "WROM")).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule103(), Return(r => r.Header[0].ETHNIC = "WRMA"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "ETHNIC", "WRMA")]);

    [Fact]
    public void A_blank_code_is_flagged() =>
        Check(new Rule103(), Return(r => r.Header[0].ETHNIC = " "))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "ETHNIC", " ")]);
}
