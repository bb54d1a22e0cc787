using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule373Tests
{
    [Fact]
    public void School_from_4_passes() =>
        Check(new Rule373(), Return(r => { r.Episodes[0].PLACE = "S1"; })).ShouldBeEmpty();

    [Fact]
    public void School_at_3_is_flagged() =>
        Check(new Rule373(), Return(r => { r.Episodes[0].PLACE = "S1"; r.Episodes[0].DECOM = "13/03/2019"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "13/03/2019"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "S1")]);
}
