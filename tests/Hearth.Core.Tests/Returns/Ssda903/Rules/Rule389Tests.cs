using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule389Tests
{
    [Fact]
    public void Adult_services_from_16_passes() =>
        Check(new Rule389(), Return(r => { r.Episodes[0].DEC = "14/03/2031"; r.Episodes[0].REC = "E7"; })).ShouldBeEmpty();

    [Fact]
    public void Adult_services_at_11_is_flagged() =>
        Check(new Rule389(), Return(r => { r.Episodes[0].DEC = "02/07/2026"; r.Episodes[0].REC = "E7"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REC", "E7")]);
}
