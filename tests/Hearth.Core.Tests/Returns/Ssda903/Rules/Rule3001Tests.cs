using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule3001Tests
{
    [Fact]
    public void Staying_put_after_the_18th_birthday_passes() =>
        Check(new Rule3001(), Return(r =>
        {
            r.Header[0].DOB = "14/03/2008";
            r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", ACCOM = "Z1" });
        })).ShouldBeEmpty();

    [Fact]
    public void Former_foster_carers_around_the_17th_birthday_are_flagged() =>
        Check(new Rule3001(), Return(r =>
        {
            r.Header[0].DOB = "14/03/2010";
            r.Oc3.Add(new Oc3Row { Row = 1, CHILD = "1001", ACCOM = "z2" });
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc3, 1, "ACCOM", "z2")]);
}
