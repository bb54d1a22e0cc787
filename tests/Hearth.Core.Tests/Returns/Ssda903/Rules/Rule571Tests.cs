using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule571Tests
{
    [Fact]
    public void A_period_ending_in_the_year_passes() =>
        Check(new Rule571(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "30/03/2026", MIS_END = "01/04/2026" }))).ShouldBeEmpty();

    [Fact]
    public void A_period_ending_before_1_April_is_flagged() =>
        Check(new Rule571(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "30/03/2026", MIS_END = "31/03/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MIS_END", "31/03/2026")]);
}
