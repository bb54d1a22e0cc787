using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule232Tests
{
    [Fact]
    public void A_known_sex_passes() => Check(new Rule232(), Return()).ShouldBeEmpty();

    [Fact]
    public void Unknown_sex_is_flagged() =>
        Check(new Rule232(), Return(r => r.Header[0].SEX = "U"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "SEX", "U")]);
}
