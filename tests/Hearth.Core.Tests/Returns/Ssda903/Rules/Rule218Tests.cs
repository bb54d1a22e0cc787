using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule218Tests
{
    [Fact]
    public void A_foster_placement_with_a_URN_passes() => Check(new Rule218(), Return()).ShouldBeEmpty();

    [Fact]
    public void A_placement_with_parents_needs_none() =>
        Check(new Rule218(), Return(r => { r.Episodes[0].PLACE = "P1"; r.Episodes[0].URN = null; })).ShouldBeEmpty();

    [Fact]
    public void An_open_foster_placement_without_a_URN_is_flagged() =>
        Check(new Rule218(), Return(r => r.Episodes[0].URN = " "))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "URN", " ")]);
}
