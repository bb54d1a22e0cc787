using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8730Tests
{
    private static CensusChild WithPlan(string? previous) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
    {
        StartDate = Date("2024-07-01"),
        InitialCategoryOfAbuse = "NEG",
        LatestCategoryOfAbuse = "NEG",
        NumberOfPreviousCpp = previous,
    }));

    [Theory]
    [InlineData("0")]
    [InlineData("10")]
    public void A_count_passes(string previous) => Check(new Rule8730(), WithPlan(previous)).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("-1")]
    [InlineData("two")]
    public void A_missing_or_invalid_count_is_flagged(string? previous)
    {
        var findings = Check(new Rule8730(), WithPlan(previous));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildProtectionPlans, CensusField.NumberOfPreviousCpp, previous)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8730()).ShouldBe(CensusSampleFile.Expected("8730"));
}
