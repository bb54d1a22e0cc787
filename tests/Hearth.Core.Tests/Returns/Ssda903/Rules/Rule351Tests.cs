using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule351Tests
{
    [Fact]
    public void Turning_25_on_1_April_passes() =>
        Check(new Rule351(), Return(r => r.Header[0].DOB = "01/04/2001")).ShouldBeEmpty();

    [Fact]
    public void Over_25_at_1_April_is_flagged() =>
        Check(new Rule351(), Return(r => r.Header[0].DOB = "31/03/2001"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Header, 1, "DOB", "31/03/2001")]);
}
