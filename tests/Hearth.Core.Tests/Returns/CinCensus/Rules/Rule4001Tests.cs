using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4001Tests
{
    private static CensusChild WithPlans(string? cinPlanEnd, string? protectionPlanEnd) => Child(with: c =>
    {
        c.CinDetails[0].CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-07-01"), EndDate = cinPlanEnd is null ? null : Date(cinPlanEnd) });
        c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
        {
            StartDate = Date("2024-09-01"),
            EndDate = protectionPlanEnd is null ? null : Date(protectionPlanEnd),
        });
    });

    [Fact]
    public void A_cin_plan_ended_when_the_protection_plan_started_passes() =>
        Check(new Rule4001(), WithPlans("2024-09-01", null)).ShouldBeEmpty();

    [Fact]
    public void Both_plans_open_flag_both_missing_end_dates() =>
        Check(new Rule4001(), WithPlans(null, null)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppEndDate, null),
            (CensusTable.CinPlanDates, CensusField.CinPlanEndDate, null),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4001()).ShouldBeEmpty();
}
