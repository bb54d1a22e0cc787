using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8736Tests
{
    private static CensusChild OpenAssessment(string? started) => Child(with: c =>
    {
        c.CinDetails[0].ReferralDate = Date("2024-03-01");
        c.CinDetails[0].Assessments[0].ActualStartDate = started is null ? null : Date(started);
        c.CinDetails[0].Assessments[0].AuthorisationDate = null;
        c.CinDetails[0].Assessments[0].Factors.Clear();
    });

    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    public void An_open_assessment_started_in_the_period_passes(string started) => Check(new Rule8736(), OpenAssessment(started)).ShouldBeEmpty();

    [Fact]
    public void A_completed_assessment_started_earlier_passes() =>
        Check(new Rule8736(), Child(with: c => c.CinDetails[0].Assessments[0].ActualStartDate = Date("2024-03-20"))).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-01")]
    [InlineData(null)]
    public void An_open_assessment_started_outside_the_period_is_flagged(string? started)
    {
        var findings = Check(new Rule8736(), OpenAssessment(started));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, null),
            (CensusTable.Assessments, CensusField.AssessmentActualStartDate, started),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8736()).ShouldBe(CensusSampleFile.Expected("8736"));
}
