using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8841Tests
{
    private static CensusChild WithReview(string review) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
    {
        StartDate = Date("2024-07-10"),
        InitialCategoryOfAbuse = "NEG",
        LatestCategoryOfAbuse = "NEG",
        NumberOfPreviousCpp = "0",
        ReviewDates = [Date(review), null],
    }));

    [Fact]
    public void A_review_the_day_after_the_start_passes() => Check(new Rule8841(), WithReview("2024-07-11")).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-07-10")]
    [InlineData("2024-07-01")]
    public void A_review_on_or_before_the_start_flags_both_dates(string review) =>
        Check(new Rule8841(), WithReview(review)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-07-10"),
            (CensusTable.Reviews, CensusField.CppReviewDate, review),
        ]);
}
