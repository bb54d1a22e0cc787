using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8915Tests
{
    private static CensusChild Died(string death, string start) => Child(with: c =>
    {
        c.PersonDeathDate = Date(death);
        c.CinDetails[0].ChildProtectionPlans.Add(ProtectionPlan(start, null));
    });

    [Fact]
    public void A_plan_starting_on_the_day_of_death_passes() => Check(new Rule8915(), Died("2024-08-01", "2024-08-01")).ShouldBeEmpty();

    [Fact]
    public void A_plan_for_a_living_child_passes() =>
        Check(new Rule8915(), Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(ProtectionPlan("2024-08-01", null)))).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_after_death_flags_both_dates() =>
        Check(new Rule8915(), Died("2024-08-01", "2024-08-02")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-08-02"),
            (CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, "2024-08-01"),
        ]);
}
