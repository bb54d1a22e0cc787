using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule168Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule168(), Return(r => { r.Header[0].UPN = "UN3"; })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule168(), Return(r => { r.Header[0].UPN = "I072272729588"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "UPN", "I072272729588")]);
}
