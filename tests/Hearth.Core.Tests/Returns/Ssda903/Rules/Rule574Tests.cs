using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule574Tests
{
    [Fact]
    public void Periods_one_after_another_pass() =>
        Check(new Rule574(), Return(r => r.Missing.AddRange([new MissingRow { Row = 1, CHILD = "1001", MIS_START = "01/07/2026", MIS_END = "03/07/2026" }, new MissingRow { Row = 2, CHILD = "1001", MIS_START = "03/07/2026" }]))).ShouldBeEmpty();

    [Fact]
    public void Overlapping_periods_are_flagged() =>
        Check(new Rule574(), Return(r => r.Missing.AddRange([new MissingRow { Row = 1, CHILD = "1001", MIS_START = "01/07/2026", MIS_END = "05/07/2026" }, new MissingRow { Row = 2, CHILD = "1001", MIS_START = "03/07/2026", MIS_END = "06/07/2026" }])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 2, "MIS_START", "03/07/2026"), ("1001", Ssda903Table.Missing, 2, "MIS_END", "06/07/2026")]);
}
