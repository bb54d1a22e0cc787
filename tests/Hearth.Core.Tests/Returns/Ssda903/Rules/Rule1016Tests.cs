using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1016Tests
{
    [Fact]
    public void Left_care_before_birthday_passes() =>
        Check(new Rule1016(), Return(r => { r.Header[0].DOB = "10/10/2008"; r.Episodes[0].DEC = "01/09/2026"; r.Episodes[0].REC = "E8"; r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", DOB = "10/10/2008", ACTIV = "F1" }); })).ShouldBeEmpty();

    [Fact]
    public void Left_care_after_18th_birthday_is_flagged() =>
        Check(new Rule1016(), Return(r => { r.Header[0].DOB = "10/10/2008"; r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E8"; r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", DOB = "10/10/2008", ACTIV = "F1" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "ACTIV", "F1")], ignoreOrder: true);
}
