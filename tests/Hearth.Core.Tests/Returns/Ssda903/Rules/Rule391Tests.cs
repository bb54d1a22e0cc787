using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule391Tests
{
    [Fact]
    public void A_care_leaver_of_17_passes() =>
        Check(new Rule391(), Return(r => { r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "2001", DOB = "31/03/2010", IN_TOUCH = "YES" }); })).ShouldBeEmpty();

    [Fact]
    public void A_young_person_of_16_is_flagged() =>
        Check(new Rule391(), Return(r => { r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "2001", DOB = "01/04/2010", IN_TOUCH = "YES" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("2001", Ssda903Table.Oc3, 1, "DOB", "01/04/2010"), ("2001", Ssda903Table.Oc3, 1, "IN_TOUCH", "YES"), ("2001", Ssda903Table.Oc3, 1, "ACTIV", null), ("2001", Ssda903Table.Oc3, 1, "ACCOM", null)]);
}
