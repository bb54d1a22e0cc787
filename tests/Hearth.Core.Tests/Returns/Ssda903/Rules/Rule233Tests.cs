using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule233Tests
{
    [Fact]
    public void A_ceased_episode_with_a_reason_passes() =>
        Check(new Rule233(), Return(r => { r.Episodes[0].DEC = "01/09/2026"; r.Episodes[0].REASON_PLACE_CHANGE = "CARPL"; })).ShouldBeEmpty();

    [Fact]
    public void An_open_episode_with_a_reason_is_flagged() =>
        Check(new Rule233(), Return(r => r.Episodes[0].REASON_PLACE_CHANGE = "CARPL"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "REASON_PLACE_CHANGE", "CARPL")]);
}
