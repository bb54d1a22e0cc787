using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule207Tests
{
    [Fact]
    public void Still_a_mother_passes() =>
        Check(new Rule207(), Return(r => r.Header[0].MOTHER = "1"), Return(r => r.Header[0].MOTHER = "1")).ShouldBeEmpty();

    [Fact]
    public void No_longer_a_mother_is_flagged() =>
        Check(new Rule207(), Return(r => r.Header[0].MOTHER = "0"), Return(r => r.Header[0].MOTHER = "1"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "MOTHER", "0")]);
}
