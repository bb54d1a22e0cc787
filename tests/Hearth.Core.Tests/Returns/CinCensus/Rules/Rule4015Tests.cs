using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4015Tests
{
    private static CensusChild WithCinPlanFrom(string start) =>
        Child(with: c => c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date(start) }));

    [Fact]
    public void A_plan_starting_on_the_referral_date_passes() =>
        Check(new Rule4015(), WithCinPlanFrom("2024-06-03")).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_before_the_referral_flags_both_dates() =>
        Check(new Rule4015(), WithCinPlanFrom("2024-06-02")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-06-02"),
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4015()).ShouldBeEmpty();
}
