using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule217Tests
{
    [Fact]
    public void Placed_for_adoption_with_the_same_carer_passes() =>
        Check(new Rule217(), Return(r => { r.Episodes[0].PLACE = "A3"; r.Episodes[0].RNE = "T"; })).ShouldBeEmpty();

    [Fact]
    public void A_new_carer_for_A5_is_flagged() =>
        Check(new Rule217(), Return(r => { r.Episodes[0].PLACE = "A5"; r.Episodes[0].RNE = "P"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([
                ("1001", Ssda903Table.Episodes, 1, "PLACE", "A5"), ("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2026"),
                ("1001", Ssda903Table.Episodes, 1, "RNE", "P")]);
}
