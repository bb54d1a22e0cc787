using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4008Tests
{
    private static CensusChild DiedWithPlanFrom(string start) => Child(with: c =>
    {
        c.PersonDeathDate = Date("2024-08-01");
        c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date(start) });
    });

    [Fact]
    public void A_plan_starting_on_the_day_of_death_passes() => Check(new Rule4008(), DiedWithPlanFrom("2024-08-01")).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_after_death_flags_both_dates() =>
        Check(new Rule4008(), DiedWithPlanFrom("2024-08-02")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, "2024-08-01"),
            (CensusTable.CinPlanDates, CensusField.CinPlanStartDate, "2024-08-02"),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4008()).ShouldBeEmpty();
}
