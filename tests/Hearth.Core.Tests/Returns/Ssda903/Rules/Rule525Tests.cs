using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule525Tests
{
    [Fact]
    public void A_reversed_decision_with_no_adoption_details_passes() =>
        Check(new Rule525(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/07/2026", DATE_PLACED_CEASED = "01/09/2026" }); r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001" }); })).ShouldBeEmpty();

    [Fact]
    public void A_reversed_decision_with_adoption_details_is_flagged() =>
        Check(new Rule525(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/07/2026", DATE_PLACED_CEASED = "01/09/2026" }); r.Ad1.Add(new Ad1Row { Row = 1, CHILD = "1001", DATE_MATCH = "01/08/2026", NB_ADOPTR = "1" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED_CEASED", "01/09/2026"), ("1001", Ssda903Table.Ad1, 1, "DATE_MATCH", "01/08/2026"), ("1001", Ssda903Table.Ad1, 1, "NB_ADOPTR", "1")]);
}
