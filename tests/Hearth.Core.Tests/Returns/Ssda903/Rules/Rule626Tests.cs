using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule626Tests
{
    [Fact]
    public void First_child_born_this_year_passes() =>
        Check(new Rule626(), Return(r => { r.Header[0].MOTHER = "1"; r.Header[0].MC_DOB = "01/05/2026"; }), Return(r => r.Header[0].MOTHER = "0")).ShouldBeEmpty();

    [Fact]
    public void First_child_born_before_this_year_is_flagged() =>
        Check(new Rule626(), Return(r => { r.Header[0].MOTHER = "1"; r.Header[0].MC_DOB = "01/01/2026"; }), Return(r => r.Header[0].MOTHER = "0"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MOTHER", "1"), ("1001", Ssda903Table.Header, 1, "MC_DOB", "01/01/2026")], ignoreOrder: true);
}
