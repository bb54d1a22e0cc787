using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule420Tests
{
    [Fact]
    public void A_placement_LA_under_section_20_passes() => CheckWith(new Rule420(), Return()).ShouldBeEmpty();

    [Fact]
    public void Without_the_postcode_table_nothing_is_found() =>
        CheckWith(new Rule420(), Return(r => r.Episodes[0].LS = "V3"), postcodes: false).ShouldBeEmpty();

    [Fact]
    public void A_placement_LA_for_a_short_break_is_flagged() =>
        CheckWith(new Rule420(), Return(r => r.Episodes[0].LS = "V3")).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "AL2 2BB")]);
}
