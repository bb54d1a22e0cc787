using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4013Tests
{
    private static CensusChild WithCinPlan(string? start, string? end = null) =>
        Child(with: c => c.CinDetails[0].CinPlans.Add(new CensusCinPlan
        {
            StartDate = start is null ? null : Date(start),
            EndDate = end is null ? null : Date(end),
        }));

    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    [InlineData(null)]
    public void An_end_in_the_census_year_or_none_passes(string? end) =>
        Check(new Rule4013(), WithCinPlan("2024-01-01", end)).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-01")]
    public void An_end_outside_the_year_is_flagged(string end) =>
        Check(new Rule4013(), WithCinPlan("2024-01-01", end)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.CinPlanDates, CensusField.CinPlanEndDate, end)]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule4013()).ShouldBe([("DfEX0000001", CensusTable.CinPlanDates, CensusField.CinPlanEndDate, "2023-01-26")]);
}
