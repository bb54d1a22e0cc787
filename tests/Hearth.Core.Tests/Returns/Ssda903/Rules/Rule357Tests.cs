using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule357Tests
{
    [Fact]
    public void A_first_episode_starting_care_passes() => Check(new Rule357(), Return()).ShouldBeEmpty();

    [Fact]
    public void A_first_episode_that_is_a_placement_change_is_flagged() =>
        Check(new Rule357(), Return(r => r.Episodes[0].RNE = "P"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "RNE", "P")]);
}
