using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8905Tests
{
    private static CensusChild WithCategory(string? category) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
    {
        StartDate = Date("2024-07-10"),
        InitialCategoryOfAbuse = category,
        LatestCategoryOfAbuse = "NEG",
        NumberOfPreviousCpp = "0",
    }));

    [Theory]
    [InlineData("NEG")]
    [InlineData("PHY")]
    [InlineData("EMO")]
    [InlineData("SAB")]
    [InlineData("MUL")]
    public void A_census_category_passes(string category) => Check(new Rule8905(), WithCategory(category)).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("neg")]
    [InlineData("Neglect")]
    [InlineData("CSE")]
    public void A_missing_or_invalid_category_is_flagged(string? category) =>
        Check(new Rule8905(), WithCategory(category)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildProtectionPlans, CensusField.InitialCategoryOfAbuse, category)]);
}
