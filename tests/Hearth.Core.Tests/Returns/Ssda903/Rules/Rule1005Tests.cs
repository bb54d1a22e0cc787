using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1005Tests
{
    [Fact]
    public void Blank_end_passes() =>
        Check(new Rule1005(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", MISSING = "M", MIS_START = "01/07/2026" }))).ShouldBeEmpty();

    [Fact]
    public void Invalid_end_is_flagged() =>
        Check(new Rule1005(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", MISSING = "M", MIS_START = "01/07/2026", MIS_END = "13/10/26" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MIS_END", "13/10/26")], ignoreOrder: true);
}
