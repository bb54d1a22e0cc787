using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule151Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule151(), Return(r => { r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/05/2026", DATE_MATCH = "01/06/2026", FOSTER_CARE = "0", NB_ADOPTR = "2", SEX_ADOPTR = "MF", LS_ADOPTR = "L0" }); })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule151(), Return(r => { r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/05/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Ad1, 1, "DATE_INT", "01/05/2026"), ("1001", Ssda903Table.Ad1, 1, "DATE_MATCH", null), ("1001", Ssda903Table.Ad1, 1, "FOSTER_CARE", null), ("1001", Ssda903Table.Ad1, 1, "NB_ADOPTR", null), ("1001", Ssda903Table.Ad1, 1, "SEX_ADOPTR", null), ("1001", Ssda903Table.Ad1, 1, "LS_ADOPTR", null)]);
}
