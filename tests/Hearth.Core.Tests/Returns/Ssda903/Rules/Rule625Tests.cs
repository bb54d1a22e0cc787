using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule625Tests
{
    [Fact]
    public void Child_born_while_looked_after_passes() =>
        Check(new Rule625(), Return(r => { r.Header[0].MC_DOB = "01/11/2026"; r.Episodes[0].DEC = "01/12/2026"; r.Episodes[0].REC = "E13"; })).ShouldBeEmpty();

    [Fact]
    public void Child_born_after_31_March_is_flagged() =>
        Check(new Rule625(), Return(r => r.Header[0].MC_DOB = "01/04/2027"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MC_DOB", "01/04/2027")], ignoreOrder: true);

    [Fact]
    public void Child_born_after_leaving_care_is_flagged() =>
        Check(new Rule625(), Return(r => { r.Header[0].MC_DOB = "01/11/2026"; r.Episodes[0].DEC = "01/10/2026"; r.Episodes[0].REC = "E13"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MC_DOB", "01/11/2026"), ("1001", Ssda903Table.Episodes, 1, "DEC", "01/10/2026")], ignoreOrder: true);
}
