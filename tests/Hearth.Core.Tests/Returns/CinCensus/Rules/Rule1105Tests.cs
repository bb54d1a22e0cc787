using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1105Tests
{
    private static CensusChild WithPlanFrom(string start) =>
        Child(with: c => c.CinDetails[0].ChildProtectionPlans.Add(new CensusChildProtectionPlan { StartDate = Date(start) }));

    [Fact]
    public void A_plan_starting_on_the_referral_date_passes() =>
        Check(new Rule1105(), WithPlanFrom("2024-06-03")).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_before_the_referral_flags_both_dates() =>
        Check(new Rule1105(), WithPlanFrom("2024-06-02")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-06-02"),
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
        ]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule1105()).ShouldBe(
        [
            ("DfEX0000001", CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2022-02-17"),
            ("DfEX0000001", CensusTable.CinDetails, CensusField.CinReferralDate, "2022-10-06"),
        ]);
}
