using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule411Tests
{
    [Fact]
    public void Recorded_in_area_and_in_the_authority_passes() =>
        CheckWith(new Rule411(), Return(r => r.Episodes[0].PL_LOCATION = "IN")).ShouldBeEmpty();

    [Fact]
    public void A_location_derived_from_the_postcode_cannot_disagree() =>
        CheckWith(new Rule411(), Return(r => r.Episodes[0].PL_POST = "LU1 3CD")).ShouldBeEmpty();

    [Fact]
    public void Recorded_in_area_but_in_another_LA_is_flagged() =>
        CheckWith(new Rule411(), Return(r => (r.Episodes[0].PL_LOCATION, r.Episodes[0].PL_POST) = ("IN", "LU1 3CD"))).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "LU1 3CD")]);
}
