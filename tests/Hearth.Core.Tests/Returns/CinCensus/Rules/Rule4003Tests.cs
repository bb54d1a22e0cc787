using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4003Tests
{
    private static CensusChild WithReview(string review, string? cinPlanEnd, string? protectionPlanEnd = null) => Child(with: c =>
    {
        c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-07-01"), EndDate = cinPlanEnd is null ? null : Date(cinPlanEnd) });
        c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
        {
            StartDate = Date("2024-06-10"),
            EndDate = protectionPlanEnd is null ? null : Date(protectionPlanEnd),
            ReviewDates = [Date(review)],
        });
    });

    [Theory]
    [InlineData("2024-06-30", "2024-08-01")] // before the CIN plan
    [InlineData("2024-08-01", "2024-08-01")] // on its end date
    public void A_review_outside_the_cin_plan_passes(string review, string cinPlanEnd) =>
        Check(new Rule4003(), WithReview(review, cinPlanEnd)).ShouldBeEmpty();

    [Fact]
    public void A_review_on_the_day_the_protection_plan_ended_passes() =>
        Check(new Rule4003(), WithReview("2024-07-15", "2024-08-01", protectionPlanEnd: "2024-07-15")).ShouldBeEmpty();

    [Fact]
    public void A_review_during_an_open_cin_plan_flags_the_review_the_cin_plan_start_and_the_plan_end() =>
        Check(new Rule4003(), WithReview("2024-07-01", null)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Reviews, CensusField.CppReviewDate, "2024-07-01"),
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-07-01"),
            (CensusTable.ChildProtectionPlans, CensusField.CppEndDate, null),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4003()).ShouldBeEmpty();
}
