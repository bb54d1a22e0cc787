using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8832Tests
{
    private static CensusChild WithPlan(string nfa) => Child(with: c =>
    {
        c.CinDetails[0].ReferralNfa = nfa;
        c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan { StartDate = Date("2024-07-10"), InitialCategoryOfAbuse = "NEG", LatestCategoryOfAbuse = "NEG", NumberOfPreviousCpp = "0" });
    });

    [Fact]
    public void A_plan_on_a_referral_with_further_action_passes() => Check(new Rule8832(), WithPlan("0")).ShouldBeEmpty();

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("1")]
    public void A_plan_on_an_nfa_referral_flags_the_plan_and_the_flag(string nfa) =>
        Check(new Rule8832(), WithPlan(nfa)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.LaChildId, "CHILD1"),
            (CensusTable.CinDetails, CensusField.ReferralNfa, nfa),
        ]);
}
