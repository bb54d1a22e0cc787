using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8696Tests
{
    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    public void An_authorisation_in_the_period_passes(string date) =>
        Check(new Rule8696(), Child(with: c => c.CinDetails[0].Assessments[0].AuthorisationDate = Date(date))).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-01")]
    public void An_authorisation_outside_the_period_is_flagged(string date)
    {
        var findings = Check(new Rule8696(), Child(with: c => c.CinDetails[0].Assessments[0].AuthorisationDate = Date(date)));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, date)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8696()).ShouldBe(CensusSampleFile.Expected("8696"));
}
