using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8935Tests
{
    [Fact]
    public void One_open_plan_after_an_ended_one_passes() =>
        Check(new Rule8935(), Child(with: c => c.CinDetails[0].ChildProtectionPlans.AddRange([ProtectionPlan("2024-06-10", "2024-07-01"), ProtectionPlan("2024-08-01", null)])))
            .ShouldBeEmpty();

    [Fact]
    public void Two_open_plans_in_one_episode_are_flagged() =>
        Check(new Rule8935(), Child(with: c => c.CinDetails[0].ChildProtectionPlans.AddRange([ProtectionPlan("2024-06-10", null), ProtectionPlan("2024-08-01", null)])))
            .Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildProtectionPlans, CensusField.CppEndDate, (string?)null)]);

    [Fact]
    public void Open_plans_in_two_episodes_are_flagged() =>
        Check(new Rule8935(), Child(with: c =>
        {
            c.CinDetails[0].ChildProtectionPlans.Add(ProtectionPlan("2024-08-01", null));
            c.CinDetails.Add(Episode(e => { e.ReferralDate = Date("2024-04-02"); e.ChildProtectionPlans.Add(ProtectionPlan("2024-04-20", null)); }));
        })).Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildProtectionPlans, CensusField.CppEndDate, (string?)null)]);
}
