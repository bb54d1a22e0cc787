using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule503JTests
{
    private static Ssda903Return LastYear(string postcode = "AL2 2BB") =>
        Return(r => (r.Episodes[0].DECOM, r.Episodes[0].PL_POST) = ("02/06/2025", postcode));

    [Fact]
    public void The_same_location_passes() =>
        CheckWith(new Rule503J(), Return(r => r.Episodes[0].PL_POST = "LU1 3CD"), LastYear("CF10 1AA")).ShouldBeEmpty();

    [Fact]
    public void Without_the_authoritys_LA_code_nothing_is_found() =>
        CheckWith(new Rule503J(), Return(r => r.Episodes[0].PL_POST = "LU1 3CD"), LastYear(), la: null).ShouldBeEmpty();

    [Fact]
    public void Out_of_area_now_and_in_area_last_year_is_flagged() =>
        CheckWith(new Rule503J(), Return(r => r.Episodes[0].PL_POST = "LU1 3CD"), LastYear()).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "LU1 3CD")]);

    [Fact]
    public void The_records_in_area_flag_is_used_when_the_return_has_it() =>
        CheckWith(new Rule503J(), Return(r => r.Episodes[0].PL_LOCATION = "OUT"), LastYear(), postcodes: false, la: null)
            .ShouldBeEmpty();
}
