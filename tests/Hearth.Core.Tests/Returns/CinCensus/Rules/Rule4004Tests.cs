using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4004Tests
{
    private static CensusChild WithCinPlans(params string?[] ends) => Child(with: c =>
    {
        foreach (var end in ends)
        {
            c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-07-01"), EndDate = end is null ? null : Date(end) });
        }
    });

    [Fact]
    public void One_open_plan_passes() => Check(new Rule4004(), WithCinPlans("2024-08-01", null)).ShouldBeEmpty();

    [Fact]
    public void Two_open_plans_flag_the_missing_end_date() =>
        Check(new Rule4004(), WithCinPlans(null, null)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.CinPlanDates, CensusField.CinPlanEndDate, null)]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4004()).ShouldBeEmpty();
}
