using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Rules.ReferenceDataForRules;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class Rule452Tests
{
    private static Ssda903Return LastYear(string postcode = "AL2 2BB") =>
        Return(r => (r.Episodes[0].DECOM, r.Episodes[0].PL_POST) = ("02/06/2025", postcode));

    [Fact]
    public void The_same_placement_LA_passes() => CheckWith(new Rule452(), Return(), LastYear()).ShouldBeEmpty();

    [Fact]
    public void Without_last_years_return_nothing_is_found() =>
        CheckWith(new Rule452(), Return(r => r.Episodes[0].PL_POST = "LU1 3CD")).ShouldBeEmpty();

    [Fact]
    public void Another_placement_LA_with_the_same_reason_for_new_episode_is_flagged() =>
        CheckWith(new Rule452(), Return(r => r.Episodes[0].PL_POST = "LU1 3CD"), LastYear()).Cells()
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "PL_POST", "LU1 3CD")]);
}
