using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1006Tests
{
    [Fact]
    public void Away_passes() =>
        Check(new Rule1006(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", MISSING = "A", MIS_START = "01/07/2026" }))).ShouldBeEmpty();

    [Fact]
    public void Lower_case_is_flagged() =>
        Check(new Rule1006(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", MISSING = "m", MIS_START = "01/07/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MISSING", "m")], ignoreOrder: true);
}
