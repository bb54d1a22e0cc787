using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8842QTests
{
    private static CensusChild WithReviews(params DateOnly?[] reviews) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
    {
        StartDate = Date("2024-07-10"),
        InitialCategoryOfAbuse = "NEG",
        LatestCategoryOfAbuse = "NEG",
        NumberOfPreviousCpp = "0",
        ReviewDates = [.. reviews],
    }));

    [Fact]
    public void Dated_reviews_pass() => Check(new Rule8842Q(), WithReviews(Date("2024-10-01"))).ShouldBeEmpty();

    [Fact]
    public void A_plan_with_no_reviews_passes() => Check(new Rule8842Q(), WithReviews()).ShouldBeEmpty();

    [Fact]
    public void A_review_without_a_date_is_flagged() =>
        Check(new Rule8842Q(), WithReviews(Date("2024-10-01"), null)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.Reviews, CensusField.CppReviewDate, (string?)null)]);
}
