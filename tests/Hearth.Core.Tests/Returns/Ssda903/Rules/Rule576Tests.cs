using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule576Tests
{
    [Fact]
    public void Last_years_open_period_carried_over_passes() =>
        Check(new Rule576(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", MISSING = "M", MIS_START = "20/03/2026", MIS_END = "02/04/2026" })), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", MISSING = "M", MIS_START = "20/03/2026" }))).ShouldBeEmpty();

    [Fact]
    public void Last_years_open_period_not_carried_over_is_flagged() =>
        Check(new Rule576(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", MISSING = "M", MIS_START = "21/03/2026", MIS_END = "02/04/2026" })), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", MISSING = "M", MIS_START = "20/03/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MIS_START", "21/03/2026")]);
}
