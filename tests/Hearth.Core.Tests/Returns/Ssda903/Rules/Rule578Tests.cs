using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule578Tests
{
    [Fact]
    public void A_period_starting_in_care_passes() =>
        Check(new Rule578(), Return(r => { r.Episodes[0].DEC = "20/07/2026"; r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "20/07/2026", MIS_END = "21/07/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void A_period_starting_after_care_ended_is_flagged() =>
        Check(new Rule578(), Return(r => { r.Episodes[0].DEC = "20/07/2026"; r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "21/07/2026", MIS_END = "22/07/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MIS_START", "21/07/2026")]);
}
