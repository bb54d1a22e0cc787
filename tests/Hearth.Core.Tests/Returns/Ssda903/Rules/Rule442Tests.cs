using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule442Tests
{
    [Fact]
    public void A_child_with_a_upn_passes() =>
        Check(new Rule442(), Return()).ShouldBeEmpty();

    [Fact]
    public void A_child_without_one_is_flagged() =>
        Check(new Rule442(), Return(r => { r.Header[0].UPN = " "; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "UPN", " ")]);
}
