using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8940Tests
{
    private static CensusChild With(params CensusChildProtectionPlan[] plans) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.AddRange(plans));

    [Fact]
    public void A_plan_starting_the_day_after_the_last_ended_passes() =>
        Check(new Rule8940(), With(ProtectionPlan("2024-06-10", "2024-07-01"), ProtectionPlan("2024-07-02", null))).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_on_the_day_the_last_ended_is_flagged() =>
        Check(new Rule8940(), With(ProtectionPlan("2024-06-10", "2024-07-01"), ProtectionPlan("2024-07-01", null))).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-07-01"),
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-06-10"),
            (CensusTable.ChildProtectionPlans, CensusField.CppEndDate, "2024-07-01"),
        ]);

    [Fact]
    public void Plans_overlapping_across_episodes_are_flagged() =>
        Check(new Rule8940(), Child(with: c =>
        {
            c.CinDetails[0].ChildProtectionPlans.Add(ProtectionPlan("2024-08-01", null));
            c.CinDetails.Add(Episode(e => { e.ReferralDate = Date("2024-04-02"); e.ChildProtectionPlans.Add(ProtectionPlan("2024-04-20", null)); }));
        })).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-08-01"),
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-04-20"),
            (CensusTable.ChildProtectionPlans, CensusField.CppEndDate, (string?)null),
        ]);
}
