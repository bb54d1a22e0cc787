using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4014Tests
{
    private static CensusChild WithCinPlans(params (string Start, string? End)[] plans) => Child(with: c =>
    {
        foreach (var (start, end) in plans)
        {
            c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date(start), EndDate = end is null ? null : Date(end) });
        }
    });

    [Fact]
    public void A_plan_starting_the_day_after_another_ends_passes() =>
        Check(new Rule4014(), WithCinPlans(("2024-05-26", "2024-10-25"), ("2024-10-26", null))).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_on_the_day_another_ends_flags_its_start_and_the_other_plan() =>
        Check(new Rule4014(), WithCinPlans(("2024-05-26", "2024-10-26"), ("2024-10-26", null))).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-10-26"),
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-05-26"),
            (CensusTable.CinPlanDates, CensusField.CinPlanEndDate, "2024-10-26"),
        ]);

    [Fact]
    public void A_plan_starting_inside_an_open_plan_flags_the_open_plan_end_as_missing() =>
        Check(new Rule4014(), WithCinPlans(("2024-05-26", null), ("2024-08-26", "2024-10-26"))).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-08-26"),
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-05-26"),
            (CensusTable.CinPlanDates, CensusField.CinPlanEndDate, null),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4014()).ShouldBeEmpty();
}
