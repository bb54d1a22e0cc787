using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4010Tests
{
    private static CensusChild WithCinPlan(string? start, string? end = null) =>
        Child(with: c => c.CinDetails[0].CinPlans.Add(new CensusCinPlan
        {
            StartDate = start is null ? null : Date(start),
            EndDate = end is null ? null : Date(end),
        }));

    [Theory]
    [InlineData("2025-03-31")]
    [InlineData("2023-01-01")]
    public void A_start_on_or_before_the_reference_date_passes(string start) =>
        Check(new Rule4010(), WithCinPlan(start)).ShouldBeEmpty();

    [Theory]
    [InlineData("2025-04-01")]
    [InlineData(null)]
    public void A_missing_or_later_start_is_flagged(string? start) =>
        Check(new Rule4010(), WithCinPlan(start)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.CinPlanDates, CensusField.CinPlanStartDate, start)]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4010()).ShouldBeEmpty();
}
