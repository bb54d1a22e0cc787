using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4017Tests
{
    private static CensusChild WithPlans(string protectionPlanStart, string? cinPlanEnd) => Child(with: c =>
    {
        c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-06-10"), EndDate = cinPlanEnd is null ? null : Date(cinPlanEnd) });
        c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan { StartDate = Date(protectionPlanStart) });
    });

    [Theory]
    [InlineData("2024-09-01", "2024-09-01")] // step up on the day the CIN plan ends
    [InlineData("2024-06-09", "2024-09-01")]
    public void A_protection_plan_starting_outside_the_cin_plan_passes(string protectionPlanStart, string cinPlanEnd) =>
        Check(new Rule4017(), WithPlans(protectionPlanStart, cinPlanEnd)).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-06-10", "2024-09-01")]
    [InlineData("2025-03-31", null)]
    public void A_protection_plan_starting_during_the_cin_plan_flags_all_three_dates(string protectionPlanStart, string? cinPlanEnd) =>
        Check(new Rule4017(), WithPlans(protectionPlanStart, cinPlanEnd)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, protectionPlanStart),
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-06-10"),
            (CensusTable.CinPlanDates, CensusField.CinPlanEndDate, cinPlanEnd),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4017()).ShouldBeEmpty();
}
