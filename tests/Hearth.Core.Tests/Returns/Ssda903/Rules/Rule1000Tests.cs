using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1000Tests
{
    [Fact]
    public void Care_leaver_who_left_care_passes() =>
        Check(new Rule1000(), Return(r => { r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E8"; r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); })).ShouldBeEmpty();

    [Fact]
    public void Child_who_died_in_care_is_flagged() =>
        Check(new Rule1000(), Return(r => { r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E2"; r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "DIED" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "DIED")], ignoreOrder: true);
}
