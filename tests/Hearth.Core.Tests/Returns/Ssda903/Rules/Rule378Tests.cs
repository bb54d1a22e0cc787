using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule378Tests
{
    [Fact]
    public void Placement_with_parents_on_a_care_order_passes() =>
        Check(new Rule378(), Return(r => { r.Episodes[0].PLACE = "P1"; r.Episodes[0].LS = "C2"; })).ShouldBeEmpty();

    [Fact]
    public void Placement_with_parents_under_section_20_is_flagged() =>
        Check(new Rule378(), Return(r => { r.Episodes[0].PLACE = "P1"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "P1"), ("1001", Ssda903Table.Episodes, 1, "LS", "V2")]);
}
