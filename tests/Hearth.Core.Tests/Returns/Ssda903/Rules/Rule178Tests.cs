using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule178Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule178(), Return()).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule178(), Return(r => { r.Episodes[0].PLACE = "T0"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE_PROVIDER", "PR1")]);
}
