using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1014Tests
{
    [Fact]
    public void Looked_after_child_passes() =>
        Check(new Rule1014(), Return(r => { r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "10/10/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void Care_leaver_with_UASC_is_flagged() =>
        Check(new Rule1014(), Return(r => { r.Episodes[0].DECOM = "01/01/2025"; r.Episodes[0].DEC = "01/03/2026"; r.Episodes[0].REC = "E8"; r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DUC = "10/10/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Uasc, 1, "DUC", "10/10/2026"), ("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "YES")], ignoreOrder: true);
}
