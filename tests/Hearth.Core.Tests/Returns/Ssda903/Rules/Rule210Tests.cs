using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule210Tests
{
    [Fact]
    public void UN4_for_a_child_looked_after_from_25_March_passes() =>
        Check(new Rule210(), Return(r => { r.Header[0].UPN = "UN4"; r.Episodes[0].DECOM = "25/03/2027"; })).ShouldBeEmpty();

    [Fact]
    public void UN4_for_a_child_looked_after_since_June_is_flagged() =>
        Check(new Rule210(), Return(r => r.Header[0].UPN = "UN4"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"), ("1001", Ssda903Table.Header, 1, "UPN", "UN4")]);
}
