using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule356Tests
{
    [Fact]
    public void An_open_episode_passes() => Check(new Rule356(), Return()).ShouldBeEmpty();

    [Fact]
    public void Ceasing_before_starting_is_flagged() =>
        Check(new Rule356(), Return(r => r.Episodes[0].DEC = "01/06/2026"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026")]);
}
