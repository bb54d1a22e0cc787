using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule621Tests
{
    [Fact]
    public void Child_born_after_mother_passes() =>
        Check(new Rule621(), Return(r => r.Header[0].MC_DOB = "01/01/2027")).ShouldBeEmpty();

    [Fact]
    public void Child_born_before_mother_is_flagged() =>
        Check(new Rule621(), Return(r => r.Header[0].MC_DOB = "01/01/2015"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "DOB", "14/03/2015"), ("1001", Ssda903Table.Header, 1, "MC_DOB", "01/01/2015")], ignoreOrder: true);
}
