using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleINT33Tests
{
    [Fact]
    public void One_row_per_child_passes() =>
        Check(new RuleINT33(), Return(r => r.Oc2.AddRange([
            new Oc2Row { Row = 1, CHILD = "1001" },
            new Oc2Row { Row = 2, CHILD = "1002" }]))).ShouldBeEmpty();

    [Fact]
    public void Every_row_of_a_repeated_child_is_flagged() =>
        Check(new RuleINT33(), Return(r => r.Oc2.AddRange([
            new Oc2Row { Row = 1, CHILD = "1001" },
            new Oc2Row { Row = 2, CHILD = "1001" }])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "CHILD", "1001"), ("1001", Ssda903Table.Oc2, 2, "CHILD", "1001")]);
}
