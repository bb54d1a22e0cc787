using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule529Tests
{
    [Fact]
    public void A_placement_the_provider_can_offer_passes() =>
        Check(new Rule529(), Return(r => (r.Episodes[0].PLACE, r.Episodes[0].PLACE_PROVIDER) = ("R1", "PR3"))).ShouldBeEmpty();

    [Fact]
    public void A_placement_the_provider_cannot_offer_is_flagged() =>
        Check(new Rule529(), Return(r => (r.Episodes[0].PLACE, r.Episodes[0].PLACE_PROVIDER) = ("K1", "PR3")))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "K1"), ("1001", Ssda903Table.Episodes, 1, "PLACE_PROVIDER", "PR3")]);
}
