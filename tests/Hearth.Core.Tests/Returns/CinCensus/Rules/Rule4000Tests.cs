using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4000Tests
{
    private static CensusChild WithCinPlan(string nfa) => Child(with: c =>
    {
        c.CinDetails[0].ReferralNfa = nfa;
        c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-07-01") });
    });

    [Fact]
    public void A_plan_on_a_referral_taken_further_passes() => Check(new Rule4000(), WithCinPlan("0")).ShouldBeEmpty();

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void A_plan_on_an_nfa_referral_flags_the_flag_and_the_plan(string nfa) =>
        Check(new Rule4000(), WithCinPlan(nfa)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.ReferralNfa, nfa),
            (CensusTable.CinPlanDates, CensusField.LaChildId, "CHILD1"),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4000()).ShouldBeEmpty();
}
