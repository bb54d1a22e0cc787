using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule620Tests
{
    [Fact]
    public void Mother_aged_11_on_1_April_passes() =>
        Check(new Rule620(), Return(r => r.Header[0].MOTHER = "1")).ShouldBeEmpty();

    [Fact]
    public void Mother_under_11_is_flagged() =>
        Check(new Rule620(), Return(r => { r.Header[0].MOTHER = "1"; r.Header[0].DOB = "14/05/2015"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "DOB", "14/05/2015"), ("1001", Ssda903Table.Header, 1, "MOTHER", "1")], ignoreOrder: true);
}
