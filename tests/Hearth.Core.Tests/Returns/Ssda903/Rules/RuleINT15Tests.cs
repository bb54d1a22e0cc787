using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleINT15Tests
{
    [Fact]
    public void The_same_DOB_passes_and_an_unreadable_one_is_left_to_its_own_rule() =>
        Check(new RuleINT15(), Return(r => r.Oc3.AddRange([
            new Oc3Row { Row = 1, CHILD = "1001", DOB = "14/03/2015" },
            new Oc3Row { Row = 2, CHILD = "1001", DOB = "2015-03-14" }]))).ShouldBeEmpty();

    [Fact]
    public void A_different_DOB_is_flagged() =>
        Check(new RuleINT15(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", DOB = "15/03/2015" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "DOB", "15/03/2015")]);
}
