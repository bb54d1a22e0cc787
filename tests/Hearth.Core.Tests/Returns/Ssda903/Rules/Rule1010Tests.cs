using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1010Tests
{
    [Fact]
    public void Care_ended_last_year_passes() =>
        Check(new Rule1010(), Return(r => { r.Episodes.Clear(); r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); }), Return(r => { r.Episodes[0].DECOM = "02/06/2025"; r.Episodes[0].DEC = "01/03/2026"; r.Episodes[0].REC = "E8"; })).ShouldBeEmpty();

    [Fact]
    public void Open_care_last_year_without_episodes_is_flagged() =>
        Check(new Rule1010(), Return(r => { r.Episodes.Clear(); r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); }), Return(r => r.Episodes[0].DECOM = "02/06/2025"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "YES")], ignoreOrder: true);
}
