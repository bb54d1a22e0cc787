using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule611Tests
{
    [Fact]
    public void Mother_with_child_date_of_birth_passes() =>
        Check(new Rule611(), Return(r => { r.Header[0].MOTHER = "1"; r.Header[0].MC_DOB = "01/01/2026"; })).ShouldBeEmpty();

    [Fact]
    public void Mother_without_child_date_of_birth_is_flagged() =>
        Check(new Rule611(), Return(r => r.Header[0].MOTHER = "1"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MOTHER", "1"), ("1001", Ssda903Table.Header, 1, "MC_DOB", null)], ignoreOrder: true);
}
