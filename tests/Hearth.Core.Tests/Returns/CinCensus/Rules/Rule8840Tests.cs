using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8840Tests
{
    private static CensusChild WithPlan(string start, string? end) => Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan
    {
        StartDate = Date(start),
        EndDate = end is null ? null : Date(end),
        InitialCategoryOfAbuse = "NEG",
        LatestCategoryOfAbuse = "NEG",
        NumberOfPreviousCpp = "0",
    }));

    [Fact]
    public void A_plan_that_ends_after_it_starts_passes() =>
        Check(new Rule8840(), WithPlan("2024-07-10", "2024-12-01")).ShouldBeEmpty();

    [Fact]
    public void A_plan_that_starts_and_ends_on_one_day_flags_both_dates()
    {
        var findings = Check(new Rule8840(), WithPlan("2024-07-10", "2024-07-10"));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-07-10"),
            (CensusTable.ChildProtectionPlans, CensusField.CppEndDate, "2024-07-10"),
        ]);
    }
}
