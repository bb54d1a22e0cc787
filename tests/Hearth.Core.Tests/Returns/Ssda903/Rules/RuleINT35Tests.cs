using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleINT35Tests
{
    [Fact]
    public void One_row_per_child_passes() =>
        Check(new RuleINT35(), Return(r => r.PrevPerm.AddRange([
            new PrevPermRow { Row = 1, CHILD = "1001" },
            new PrevPermRow { Row = 2, CHILD = "1002" }]))).ShouldBeEmpty();

    [Fact]
    public void Every_row_of_a_repeated_child_is_flagged() =>
        Check(new RuleINT35(), Return(r => r.PrevPerm.AddRange([
            new PrevPermRow { Row = 1, CHILD = "1001" },
            new PrevPermRow { Row = 2, CHILD = "1001" }])))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PrevPerm, 1, "CHILD", "1001"), ("1001", Ssda903Table.PrevPerm, 2, "CHILD", "1001")]);
}
