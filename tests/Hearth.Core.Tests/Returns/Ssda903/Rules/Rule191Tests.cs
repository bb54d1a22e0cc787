using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule191Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule191(), Return()).ShouldBeEmpty();

    [Fact]
    public void A_child_in_the_cohort_without_OC2_is_flagged() =>
        Check(new Rule191(), Return(r => { r.Episodes[0].DECOM = "01/01/2025"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "CHILD", "1001")]);

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule191(), Return(r => { r.Episodes[0].DECOM = "01/01/2025"; r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", IMMUNISATIONS = "1", TEETH_CHECK = "1", HEALTH_ASSESSMENT = "1" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "SUBSTANCE_MISUSE", null)]);
}
