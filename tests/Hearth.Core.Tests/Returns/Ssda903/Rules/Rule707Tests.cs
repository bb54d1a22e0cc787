using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule707Tests
{
    [Fact]
    public void Open_DoLO_while_looked_after_passes() =>
        Check(new Rule707(), Return(r => r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2026" }))).ShouldBeEmpty();

    [Fact]
    public void Open_DoLO_after_leaving_care_is_flagged() =>
        Check(new Rule707(), Return(r => { r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E13"; r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Dolo, 1, "DOLO_END", null)], ignoreOrder: true);
}
