using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4009QTests
{
    private static CensusChild DiedWithPlanTo(string end) => Child(with: c =>
    {
        c.PersonDeathDate = Date("2024-08-01");
        c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-07-01"), EndDate = Date(end) });
    });

    [Fact]
    public void A_plan_ending_on_the_day_of_death_passes() => Check(new Rule4009Q(), DiedWithPlanTo("2024-08-01")).ShouldBeEmpty();

    [Fact]
    public void A_plan_ending_after_death_flags_both_dates() =>
        Check(new Rule4009Q(), DiedWithPlanTo("2024-08-02")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, "2024-08-01"),
            (CensusTable.CinPlanDates, CensusField.CinPlanEndDate, "2024-08-02"),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4009Q()).ShouldBeEmpty();
}
