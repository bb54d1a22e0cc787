using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule120Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule120(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", REASON_PLACED_CEASED = "RD4" }))).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule120(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", REASON_PLACED_CEASED = "rd1" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "REASON_PLACED_CEASED", "rd1")]);

    [Fact]
    public void A_blank_passes() =>
        Check(new Rule120(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001" }))).ShouldBeEmpty();
}
