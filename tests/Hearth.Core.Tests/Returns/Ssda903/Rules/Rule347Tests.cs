using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule347Tests
{
    [Fact]
    public void A_foyer_at_18_passes() =>
        Check(new Rule347(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", DOB = "01/04/2008", ACCOM = "T1" }))).ShouldBeEmpty();

    [Fact]
    public void A_foyer_at_17_is_flagged() =>
        Check(new Rule347(), Return(r => r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", DOB = "02/04/2008", ACCOM = "T2" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "ACCOM", "T2"), ("1001", Ssda903Table.Oc3, 1, "DOB", "02/04/2008")]);
}
