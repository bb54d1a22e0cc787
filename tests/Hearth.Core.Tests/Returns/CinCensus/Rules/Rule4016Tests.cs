using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4016Tests
{
    private static CensusChild WithPlans(string cinPlanStart, string? protectionPlanEnd) => Child(with: c =>
    {
        c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
        {
            StartDate = Date("2024-06-10"),
            EndDate = protectionPlanEnd is null ? null : Date(protectionPlanEnd),
        });
        c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date(cinPlanStart) });
    });

    [Theory]
    [InlineData("2024-09-01", "2024-09-01")] // step down on the day the protection plan ends
    [InlineData("2024-06-09", "2024-09-01")] // before it
    public void A_cin_plan_starting_outside_the_protection_plan_passes(string cinPlanStart, string protectionPlanEnd) =>
        Check(new Rule4016(), WithPlans(cinPlanStart, protectionPlanEnd)).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-06-10", "2024-09-01")]
    [InlineData("2025-03-31", null)]
    public void A_cin_plan_starting_during_the_protection_plan_flags_all_three_dates(string cinPlanStart, string? protectionPlanEnd) =>
        Check(new Rule4016(), WithPlans(cinPlanStart, protectionPlanEnd)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-06-10"),
            (CensusTable.ChildProtectionPlans, CensusField.CppEndDate, protectionPlanEnd),
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, cinPlanStart),
        ]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule4016()).OrderBy(r => r.Field).ShouldBe(
        [
            ("DfEX0000001", CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2023-01-24"),
            ("DfEX0000001", CensusTable.ChildProtectionPlans, CensusField.CppEndDate, "2023-03-14"),
            ("DfEX0000001", CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2022-02-17"),
        ]);
}
