using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule333Tests
{
    [Fact]
    public void Deciding_before_matching_passes() =>
        Check(new Rule333(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_INT = "01/07/2026", DATE_MATCH = "01/08/2026" }))).ShouldBeEmpty();

    [Fact]
    public void Matching_without_a_decision_is_flagged() =>
        Check(new Rule333(), Return(r => r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_MATCH = "01/08/2026" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Ad1, 1, "DATE_INT", null)]);
}
