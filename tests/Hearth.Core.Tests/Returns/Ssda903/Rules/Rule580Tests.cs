using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule580Tests
{
    [Fact]
    public void Missing_at_18_with_E8_passes() =>
        Check(new Rule580(), Return(r => { (r.Episodes[0].DEC, r.Episodes[0].REC) = ("14/03/2033", "E8"); r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "01/03/2033", MIS_END = "14/03/2033" }); })).ShouldBeEmpty();

    [Fact]
    public void Missing_at_18_with_another_reason_is_flagged() =>
        Check(new Rule580(), Return(r => { (r.Episodes[0].DEC, r.Episodes[0].REC) = ("14/03/2033", "E17"); r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "01/03/2033", MIS_END = "14/03/2033" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REC", "E17")]);
}
