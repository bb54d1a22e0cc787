using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule215Tests
{
    [Fact]
    public void Care_leaver_information_alone_passes() =>
        Check(new Rule215(), Return(r =>
        {
            r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES", ACTIV = "F1", ACCOM = "S1" });
            r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", SDQ_SCORE = "10" });
        })).ShouldBeEmpty();

    [Fact]
    public void Care_leaver_and_looked_after_information_together_are_flagged() =>
        Check(new Rule215(), Return(r =>
        {
            r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", IN_TOUCH = "YES" });
            r.Oc2.Add(new Oc2Row { Row = 2, CHILD = "1001", CONVICTED = "0" });
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Oc3, 1, "IN_TOUCH", "YES"), ("1001", Ssda903Table.Oc3, 1, "ACTIV", null),
                ("1001", Ssda903Table.Oc3, 1, "ACCOM", null), ("1001", Ssda903Table.Oc2, 2, "CONVICTED", "0"),
                ("1001", Ssda903Table.Oc2, 2, "HEALTH_CHECK", null), ("1001", Ssda903Table.Oc2, 2, "IMMUNISATIONS", null),
                ("1001", Ssda903Table.Oc2, 2, "TEETH_CHECK", null), ("1001", Ssda903Table.Oc2, 2, "HEALTH_ASSESSMENT", null),
                ("1001", Ssda903Table.Oc2, 2, "SUBSTANCE_MISUSE", null), ("1001", Ssda903Table.Oc2, 2, "INTERVENTION_RECEIVED", null),
                ("1001", Ssda903Table.Oc2, 2, "INTERVENTION_OFFERED", null)]);
}
