using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule334Tests
{
    [Fact]
    public void Deciding_during_the_period_of_care_passes() =>
        Check(new Rule334(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "02/06/2026" }))).ShouldBeEmpty();

    [Fact]
    public void Deciding_before_care_started_is_flagged() =>
        Check(new Rule334(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/06/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Episodes, 1, "RNE", "S"),
                ("1001", Ssda903Table.Ad1, 1, "DATE_INT", "01/06/2026")]);
}
