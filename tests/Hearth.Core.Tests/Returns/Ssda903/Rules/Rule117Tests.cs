using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule117Tests
{
    [Fact]
    public void Passes() =>
        Check(new Rule117(), Return(r => { r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/07/2026" }); })).ShouldBeEmpty();

    [Fact]
    public void Flags_the_cells() =>
        Check(new Rule117(), Return(r => { r.Episodes[0].DEC = "30/09/2026"; r.Episodes[0].REC = "E11"; r.PlacedAdoption.Add(new PlacedAdoptionRow { Row = 1, CHILD = "1001", DATE_PLACED = "01/10/2026" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.PlacedAdoption, 1, "DATE_PLACED", "01/10/2026"), ("1001", Ssda903Table.Episodes, 1, "DEC", "30/09/2026")]);
}
