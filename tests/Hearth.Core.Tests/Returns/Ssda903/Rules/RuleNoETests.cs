using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Ssda903TestData;

namespace Hearth.Core.Tests.Returns.Ssda903.Rules;

public sealed class RuleNoETests
{
    private static Ssda903Return StartedLastYear() => Return(r => r.Episodes[0].DECOM = "02/06/2025");

    [Fact]
    public void A_child_in_last_years_episodes_passes_and_without_last_year_nothing_is_found()
    {
        Check(new RuleNoE(), StartedLastYear(), Return()).ShouldBeEmpty();
        Check(new RuleNoE(), StartedLastYear()).ShouldBeEmpty();
    }

    [Fact]
    public void A_child_missing_from_last_years_episodes_is_flagged() =>
        Check(new RuleNoE(), StartedLastYear(), Return(r => r.Episodes[0].CHILD = "1002"))
            .Select(f => (f.Child, f.Table, f.Row, f.Field, f.Value))
            .ShouldBe([("1001", Ssda903Table.Episodes, 1, "DECOM", "02/06/2025")]);
}
