using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule601Tests
{
    [Fact]
    public void Complete_adoption_details_pass() =>
        Check(new Rule601(), Return(r => { r.Episodes[0].DEC = "10/01/2027"; r.Episodes[0].REC = "E11"; r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/09/2026", DATE_MATCH = "01/10/2026", FOSTER_CARE = "0", NB_ADOPTR = "2", SEX_ADOPTR = "MF", LS_ADOPTR = "L0" }); })).ShouldBeEmpty();

    [Fact]
    public void Blank_adoption_details_are_flagged() =>
        Check(new Rule601(), Return(r => { r.Episodes[0].DEC = "10/01/2027"; r.Episodes[0].REC = "E11"; r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/09/2026", DATE_MATCH = "01/10/2026", FOSTER_CARE = "0", LS_ADOPTR = "L0" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REC", "E11"), ("1001", Ssda903Table.Ad1, 1, "NB_ADOPTR", null), ("1001", Ssda903Table.Ad1, 1, "SEX_ADOPTR", null)], ignoreOrder: true);
}
