using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1103Tests
{
    [Fact]
    public void An_assessment_starting_on_the_referral_date_passes() =>
        Check(new Rule1103(), Child(with: c => c.CinDetails[0].Assessments[0].ActualStartDate = Date("2024-06-03"))).ShouldBeEmpty();

    [Fact]
    public void An_assessment_starting_the_day_before_the_referral_flags_both_dates() =>
        Check(new Rule1103(), Child(with: c => c.CinDetails[0].Assessments[0].ActualStartDate = Date("2024-06-02")))
            .Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
            [
                (CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2024-06-02"),
                (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
            ]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule1103()).ShouldBe(
        [
            ("child_fails_assessments", CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2023-12-25"),
            ("child_fails_assessments", CensusTable.CinDetails, CensusField.CinReferralDate, "2024-10-24"),
        ]);
}
