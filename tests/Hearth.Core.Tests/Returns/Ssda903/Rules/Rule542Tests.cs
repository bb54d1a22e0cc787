using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule542Tests
{
    [Fact]
    public void Conviction_information_at_ten_passes() =>
        Check(new Rule542(), Return(r => r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", DOB = "31/03/2017", CONVICTED = "0" }))).ShouldBeEmpty();

    [Fact]
    public void Conviction_information_under_ten_is_flagged() =>
        Check(new Rule542(), Return(r => r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", DOB = "01/04/2017", CONVICTED = "0" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "CONVICTED", "0")]);
}
