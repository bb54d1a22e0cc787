using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule204Tests
{
    [Fact]
    public void The_same_value_as_last_year_passes() => Check(new Rule204(), Return(), Return()).ShouldBeEmpty();

    [Fact]
    public void Without_last_years_return_nothing_is_found() =>
        Check(new Rule204(), Return(r => r.Header[0].ETHNIC = "WIRI")).ShouldBeEmpty();

    [Fact]
    public void A_change_from_last_year_is_flagged() =>
        Check(new Rule204(), Return(), Return(r => r.Header[0].ETHNIC = "WIRI"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "ETHNIC", "WBRI")]);
}
