using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule208Tests
{
    [Fact]
    public void An_unknown_UPN_becoming_known_passes() =>
        Check(new Rule208(), Return(), Return(r => r.Header[0].UPN = "UN3")).ShouldBeEmpty();

    [Fact]
    public void UN1_becoming_UN2_passes() =>
        Check(new Rule208(), Return(r => r.Header[0].UPN = "UN2"), Return(r => r.Header[0].UPN = "UN1")).ShouldBeEmpty();

    [Fact]
    public void A_different_known_UPN_is_flagged() =>
        Check(new Rule208(), Return(), Return(r => r.Header[0].UPN = "P201123456780"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "UPN", "P201123456789")]);

    [Fact]
    public void A_known_UPN_becoming_unknown_is_flagged() =>
        Check(new Rule208(), Return(r => r.Header[0].UPN = "UN5"), Return())
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "UPN", "UN5")]);
}
