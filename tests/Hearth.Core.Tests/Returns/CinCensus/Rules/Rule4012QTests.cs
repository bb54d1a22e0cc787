using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4012QTests
{
    private static CensusChild WithCinPlan(string? start, string? end = null) =>
        Child(with: c => c.CinDetails[0].CinPlans.Add(new CensusCinPlan
        {
            StartDate = start is null ? null : Date(start),
            EndDate = end is null ? null : Date(end),
        }));

    [Fact]
    public void A_plan_lasting_a_day_passes() => Check(new Rule4012Q(), WithCinPlan("2024-07-01", "2024-07-02")).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_and_ending_on_one_day_flags_both_dates() =>
        Check(new Rule4012Q(), WithCinPlan("2024-07-01", "2024-07-01")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-07-01"),
            (CensusTable.CinPlanDates, CensusField.CinPlanEndDate, "2024-07-01"),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4012Q()).ShouldBeEmpty();
}
