using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule379Tests
{
    [Fact]
    public void Unspecified_temporary_placement_of_seven_days_passes() =>
        Check(new Rule379(), Return(r => { r.Episodes[0].PLACE = "T4"; r.Episodes[0].DEC = "09/06/2026"; r.Episodes[0].REC = "X1"; })).ShouldBeEmpty();

    [Fact]
    public void Unspecified_temporary_placement_over_seven_days_is_flagged() =>
        Check(new Rule379(), Return(r => { r.Episodes[0].PLACE = "T4"; r.Episodes[0].DEC = "10/06/2026"; r.Episodes[0].REC = "X1"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "T4")]);
}
