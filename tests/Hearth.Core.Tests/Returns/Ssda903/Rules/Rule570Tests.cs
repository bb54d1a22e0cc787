using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule570Tests
{
    [Fact]
    public void A_period_starting_on_31_March_passes() =>
        Check(new Rule570(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "31/03/2027" }))).ShouldBeEmpty();

    [Fact]
    public void A_period_starting_after_31_March_is_flagged() =>
        Check(new Rule570(), Return(r => r.Missing.Add(new MissingRow { Row = 1, CHILD = "1001", DOB = "14/03/2015", MISSING = "M", MIS_START = "01/04/2027" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Missing, 1, "MIS_START", "01/04/2027")]);
}
