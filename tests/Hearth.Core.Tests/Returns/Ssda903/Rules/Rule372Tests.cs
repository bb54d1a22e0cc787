using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule372Tests
{
    [Fact]
    public void Custody_from_10_passes() =>
        Check(new Rule372(), Return(r => { r.Episodes[0].PLACE = "R5"; r.Episodes[0].DECOM = "14/03/2025"; })).ShouldBeEmpty();

    [Fact]
    public void Custody_at_9_is_flagged() =>
        Check(new Rule372(), Return(r => { r.Episodes[0].PLACE = "R5"; r.Episodes[0].DECOM = "13/03/2025"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "13/03/2025"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "R5")]);
}
