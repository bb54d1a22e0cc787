using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8720Tests
{
    private static CensusChild WithPlan(string? start) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
    {
        StartDate = start is null ? null : Date(start),
        InitialCategoryOfAbuse = "NEG",
        LatestCategoryOfAbuse = "NEG",
        NumberOfPreviousCpp = "0",
    }));

    [Theory]
    [InlineData("2023-01-10")]
    [InlineData("2025-03-31")]
    public void A_plan_started_by_the_reference_date_passes(string start) => Check(new Rule8720(), WithPlan(start)).ShouldBeEmpty();

    [Theory]
    [InlineData("2025-04-01")]
    [InlineData(null)]
    public void A_later_or_missing_start_is_flagged(string? start)
    {
        var findings = Check(new Rule8720(), WithPlan(start));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildProtectionPlans, CensusField.CppStartDate, start)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8720()).ShouldBe(CensusSampleFile.Expected("8720"));
}
