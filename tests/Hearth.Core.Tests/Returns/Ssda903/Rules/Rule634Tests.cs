using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule634Tests
{
    [Fact]
    public void Care_started_after_April_2016_passes() =>
        Check(new Rule634(), Return(r => r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", PREV_PERM = "Z1" }))).ShouldBeEmpty();

    [Fact]
    public void Care_started_before_April_2016_is_flagged() =>
        Check(new Rule634(), Return(r => { r.Episodes[0].DECOM = "01/01/2016"; r.PrevPerm.Add(new PrevPermRow { Row = 1, CHILD = "1001", PREV_PERM = "Z1" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PrevPerm, 1, "PREV_PERM", "Z1"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "01/01/2016")], ignoreOrder: true);
}
