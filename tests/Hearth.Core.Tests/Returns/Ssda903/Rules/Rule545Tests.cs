using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule545Tests
{
    [Fact]
    public void A_four_year_old_with_health_promotion_information_passes() =>
        Check(new Rule545(), Return(r => { r.Episodes[0].DECOM = "02/06/2025"; r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", DOB = "14/03/2023", HEALTH_CHECK = "1" }); })).ShouldBeEmpty();

    [Fact]
    public void A_four_year_old_looked_after_all_year_without_it_is_flagged() =>
        Check(new Rule545(), Return(r => { r.Episodes[0].DECOM = "02/06/2025"; r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", DOB = "14/03/2023" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "DOB", "14/03/2023"), ("1001", Ssda903Table.Oc2, 1, "HEALTH_CHECK", null)]);
}
