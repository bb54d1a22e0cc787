using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule376Tests
{
    [Fact]
    public void Holiday_cover_of_three_weeks_passes() =>
        Check(new Rule376(), Return(r => { r.Episodes[0].PLACE = "T3"; r.Episodes[0].DEC = "23/06/2026"; r.Episodes[0].REC = "X1"; })).ShouldBeEmpty();

    [Fact]
    public void Holiday_cover_over_three_weeks_is_flagged() =>
        Check(new Rule376(), Return(r => { r.Episodes[0].PLACE = "T3"; r.Episodes[0].DEC = "24/06/2026"; r.Episodes[0].REC = "X1"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "T3")]);
}
