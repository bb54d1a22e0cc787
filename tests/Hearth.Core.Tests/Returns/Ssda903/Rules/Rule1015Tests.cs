using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule1015Tests
{
    private static Ssda903Return OwnHome(string postcode) =>
        Return(r => (r.Episodes[0].PLACE, r.Episodes[0].LS, r.Episodes[0].PL_POST) = ("K2", "C2", postcode));

    [Fact]
    public void Own_provision_in_the_authoritys_area_passes() => CheckWith(new Rule1015(), OwnHome("AL2 2BB")).ShouldBeEmpty();

    [Fact]
    public void Fostering_is_not_checked() => CheckWith(new Rule1015(), Return(r => r.Episodes[0].PL_POST = "LU1 3CD")).ShouldBeEmpty();

    [Fact]
    public void Without_the_postcode_table_nothing_is_found() =>
        CheckWith(new Rule1015(), OwnHome("LU1 3CD"), postcodes: false).ShouldBeEmpty();

    [Fact]
    public void Own_provision_in_another_LA_is_flagged() =>
        CheckWith(new Rule1015(), OwnHome("LU1 3CD")).Cells().ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "LU1 3CD")]);
}
