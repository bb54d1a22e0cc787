using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule102Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule102(), Return(r => r.Header[0].DOB = "14/03/2015")).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule102(), Return(r => r.Header[0].DOB = "31/02/2015"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "DOB", "31/02/2015")]);

    [Fact]
    public void A_blank_date_is_flagged() =>
        Check(new Rule102(), Return(r => r.Header[0].DOB = null))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "DOB", null)]);
}
