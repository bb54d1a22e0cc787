using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule706Tests
{
    [Fact]
    public void Open_DoLO_carried_forward_passes() =>
        Check(new Rule706(), Return(r => r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/01/2026" })), Return(r => r.Dolo.Add(new DoloRow { Row = 3, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/01/2026" }))).ShouldBeEmpty();

    [Fact]
    public void Open_DoLO_not_carried_forward_is_flagged() =>
        Check(new Rule706(), Return(), Return(r => r.Dolo.Add(new DoloRow { Row = 3, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/01/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Dolo, 3, "DOLO_START", "01/01/2026")], ignoreOrder: true);
}
