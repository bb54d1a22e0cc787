using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule531Tests
{
    [Fact]
    public void A_placement_the_provider_can_offer_passes() =>
        Check(new Rule531(), Return(r => (r.Episodes[0].PLACE, r.Episodes[0].PLACE_PROVIDER) = ("R1", "PR5"))).ShouldBeEmpty();

    [Fact]
    public void A_placement_the_provider_cannot_offer_is_flagged() =>
        Check(new Rule531(), Return(r => (r.Episodes[0].PLACE, r.Episodes[0].PLACE_PROVIDER) = ("P1", "PR5")))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "P1"), ("1001", Ssda903Table.Episodes, 1, "PLACE_PROVIDER", "PR5")]);
}
