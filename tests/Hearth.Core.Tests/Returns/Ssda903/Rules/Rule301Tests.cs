using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule301Tests
{
    [Fact]
    public void Born_by_31_March_passes() =>
        Check(new Rule301(), Return(r => r.Header[0].DOB = "31/03/2027")).ShouldBeEmpty();

    [Fact]
    public void Born_after_the_year_is_flagged() =>
        Check(new Rule301(), Return(r => r.Header[0].DOB = "01/04/2027"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "DOB", "01/04/2027")]);
}
