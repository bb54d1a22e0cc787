using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule564Tests
{
    [Fact]
    public void A_missing_period_with_a_start_passes() =>
        Check(new Rule564(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "10/07/2026" }))).ShouldBeEmpty();

    [Fact]
    public void A_missing_period_without_a_start_is_flagged() =>
        Check(new Rule564(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "A" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MISSING", "A"), ("1001", Ssda903Table.Missing, 1, "MIS_START", null)]);
}
