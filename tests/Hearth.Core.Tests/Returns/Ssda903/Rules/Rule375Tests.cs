using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule375Tests
{
    [Fact]
    public void Hospital_stay_of_six_weeks_passes() =>
        Check(new Rule375(), Return(r => { r.Episodes[0].PLACE = "T1"; r.Episodes[0].DEC = "14/07/2026"; r.Episodes[0].REC = "X1"; })).ShouldBeEmpty();

    [Fact]
    public void Hospital_stay_over_six_weeks_is_flagged() =>
        Check(new Rule375(), Return(r => { r.Episodes[0].PLACE = "T1"; r.Episodes[0].DEC = "15/07/2026"; r.Episodes[0].REC = "X1"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "PLACE", "T1")]);
}
