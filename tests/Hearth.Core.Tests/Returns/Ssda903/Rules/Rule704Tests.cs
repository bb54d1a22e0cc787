using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule704Tests
{
    [Fact]
    public void End_in_year_passes() =>
        Check(new Rule704(), Return(r => r.Dolo.Add(new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2025", DOLO_END = "01/04/2026" }))).ShouldBeEmpty();

    [Fact]
    public void End_outside_year_is_flagged() =>
        Check(new Rule704(), Return(r => r.Dolo.AddRange([new DoloRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2025", DOLO_END = "31/03/2026" }, new DoloRow { Row = 2, CHILD = "1001", DOB = "14/03/2015", DOLO_START = "01/07/2026", DOLO_END = "01/04/2027" }])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Dolo, 1, "DOLO_END", "31/03/2026"), ("1001", Ssda903Table.Dolo, 2, "DOLO_END", "01/04/2027")], ignoreOrder: true);
}
