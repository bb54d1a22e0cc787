using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule174Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule174(), Return(r => { r.Header[0].MC_DOB = "01/01/2027"; })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule174(), Return(r => { r.Header[0].SEX = "M"; r.Header[0].MC_DOB = "01/01/2027"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "SEX", "M"), ("1001", Ssda903Table.Header, 1, "MC_DOB", "01/01/2027")]);
}
