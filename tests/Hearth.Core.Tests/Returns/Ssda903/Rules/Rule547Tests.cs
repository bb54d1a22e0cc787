using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule547Tests
{
    [Fact]
    public void Health_promotion_with_the_health_fields_passes() =>
        Check(new Rule547(), Return(r => r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", HEALTH_CHECK = "1", IMMUNISATIONS = "1", TEETH_CHECK = "1", HEALTH_ASSESSMENT = "1", SUBSTANCE_MISUSE = "0" }))).ShouldBeEmpty();

    [Fact]
    public void Health_promotion_without_a_health_field_is_flagged() =>
        Check(new Rule547(), Return(r => r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", HEALTH_CHECK = "1", TEETH_CHECK = "1", HEALTH_ASSESSMENT = "1", SUBSTANCE_MISUSE = "0" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "HEALTH_CHECK", "1"), ("1001", Ssda903Table.Oc2, 1, "IMMUNISATIONS", null), ("1001", Ssda903Table.Oc2, 1, "TEETH_CHECK", "1"), ("1001", Ssda903Table.Oc2, 1, "HEALTH_ASSESSMENT", "1"), ("1001", Ssda903Table.Oc2, 1, "SUBSTANCE_MISUSE", "0")]);
}
