using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule705Tests
{
    [Fact]
    public void Consecutive_DoLOs_pass() =>
        Check(new Rule705(), Return(r => r.Dolo.AddRange([new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2026", DOLO_END = "01/08/2026" }, new DoloRow { Row = 2, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/09/2026" }]))).ShouldBeEmpty();

    [Fact]
    public void DoLO_starting_while_another_is_open_is_flagged() =>
        Check(new Rule705(), Return(r => r.Dolo.AddRange([new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/09/2026" }, new DoloRow { Row = 2, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2026" }])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Dolo, 2, "DOLO_END", null), ("1001", Ssda903Table.Dolo, 1, "DOLO_START", "01/09/2026")], ignoreOrder: true);
}
