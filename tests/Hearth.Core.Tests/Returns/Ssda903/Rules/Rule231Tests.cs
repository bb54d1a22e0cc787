using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule231Tests
{
    [Fact]
    public void A_UASC_child_of_11_passes() =>
        Check(new Rule231(), Return(r => r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DOB = "14/03/2015" }))).ShouldBeEmpty();

    [Fact]
    public void A_UASC_child_under_11_is_flagged() =>
        Check(new Rule231(), Return(r =>
        {
            r.Header[0].DOB = "01/04/2016";
            r.Uasc.Add(new UascRow { Row = 1, CHILD = "1001", DOB = "01/04/2016" });
        }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "DOB", "01/04/2016")]);
}
