using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule566Tests
{
    [Fact]
    public void An_ended_period_saying_away_passes() =>
        Check(new Rule566(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "A", MIS_START = "10/07/2026", MIS_END = "11/07/2026" }))).ShouldBeEmpty();

    [Fact]
    public void An_ended_period_not_saying_missing_or_away_is_flagged() =>
        Check(new Rule566(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = " ", MIS_START = "10/07/2026", MIS_END = "11/07/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MISSING", " "), ("1001", Ssda903Table.Missing, 1, "MIS_END", "11/07/2026")]);
}
