using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule222Tests
{
    [Fact]
    public void The_placeholder_passes() =>
        Check(new Rule222(), Return(r => { r.Episodes[0].PLACE = "P1"; r.Episodes[0].URN = "XXXXXXX"; })).ShouldBeEmpty();

    [Fact]
    public void A_URN_for_placement_with_parents_is_flagged() =>
        Check(new Rule222(), Return(r => r.Episodes[0].PLACE = "P1"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "URN", "SC123456")]);
}
