using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1012Tests
{
    [Fact]
    public void Child_with_episodes_passes() =>
        Check(new Rule1012(), Return(r => { r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); r.Missing.Add(new MissingRow { Row = 2, CHILD = "1001", MISSING = "M" }); })).ShouldBeEmpty();

    [Fact]
    public void Care_leaver_with_missing_row_is_flagged() =>
        Check(new Rule1012(), Return(r => { r.Episodes.Clear(); r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" }); r.Missing.Add(new MissingRow { Row = 2, CHILD = "1001", MISSING = "M" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 2, "CHILD", "1001")], ignoreOrder: true);
}
