using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule142Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule142(), Return()).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule142(), Return(r => { r.Episodes.Add(new EpisodeRow { Row = 2, CHILD = "1001", DECOM = "01/09/2026", RNE = "P" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DEC", null), ("1001", Ssda903Table.Episodes, 1, "REC", null)]);
}
