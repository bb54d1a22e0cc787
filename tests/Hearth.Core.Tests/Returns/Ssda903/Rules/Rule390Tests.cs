using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule390Tests
{
    [Fact]
    public void Adoption_from_a_placement_for_adoption_passes() =>
        Check(new Rule390(), Return(r => { r.Episodes[0].PLACE = "A4"; r.Episodes[0].DEC = "02/07/2026"; r.Episodes[0].REC = "E11"; })).ShouldBeEmpty();

    [Fact]
    public void Adoption_from_foster_care_is_flagged() =>
        Check(new Rule390(), Return(r => { r.Episodes[0].DEC = "02/07/2026"; r.Episodes[0].REC = "E12"; }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PLACE", "U4"), ("1001", Ssda903Table.Episodes, 1, "REC", "E12")]);
}
