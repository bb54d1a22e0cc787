using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule116Tests
{
    [Fact]
    public void A_valid_value_passes() =>
        Check(new Rule116(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED_CEASED = "01/05/2026" }))).ShouldBeEmpty();

    [Fact]
    public void An_invalid_value_is_flagged() =>
        Check(new Rule116(), Return(r => r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED_CEASED = "tomorrow" })))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED_CEASED", "tomorrow")]);
}
