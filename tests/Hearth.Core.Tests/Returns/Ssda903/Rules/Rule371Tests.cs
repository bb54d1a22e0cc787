using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule371Tests
{
    [Fact]
    public void Supported_accommodation_from_16_passes() =>
        Check(new Rule371(), Return(r => { r.Episodes[0].PLACE = "K3"; r.Episodes[0].DECOM = "14/03/2031"; })).ShouldBeEmpty();

    [Fact]
    public void Supported_accommodation_at_11_is_flagged() =>
        Check(new Rule371(), Return(r => { r.Episodes[0].PLACE = "K3"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "K3")]);
}
