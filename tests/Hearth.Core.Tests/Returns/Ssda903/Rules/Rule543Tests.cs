using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule543Tests
{
    [Fact]
    public void A_ten_year_old_looked_after_all_year_with_conviction_information_passes() =>
        Check(new Rule543(), Return(r => { r.Episodes[0].DECOM = "02/06/2025"; r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", DOB = "14/03/2015", CONVICTED = "0" }); })).ShouldBeEmpty();

    [Fact]
    public void A_ten_year_old_looked_after_all_year_without_conviction_information_is_flagged() =>
        Check(new Rule543(), Return(r => { r.Episodes[0].DECOM = "02/06/2025"; r.Oc2.Add(new Oc2Row { Row = 1, CHILD = "1001", DOB = "14/03/2015" }); }))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Oc2, 1, "DOB", "14/03/2015"), ("1001", Ssda903Table.Oc2, 1, "CONVICTED", null)]);
}
