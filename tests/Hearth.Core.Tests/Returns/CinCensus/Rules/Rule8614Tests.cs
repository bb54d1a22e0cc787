using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8614Tests
{
    [Fact]
    public void A_completed_assessment_with_factors_passes() => Check(new Rule8614(), Child()).ShouldBeEmpty();

    [Fact]
    public void An_open_assessment_without_factors_passes() =>
        Check(new Rule8614(), Child(with: c => { c.CinDetails[0].Assessments[0].AuthorisationDate = null; c.CinDetails[0].Assessments[0].Factors.Clear(); }))
            .ShouldBeEmpty();

    [Fact]
    public void An_open_assessment_with_factors_flags_the_date_and_each_factor()
    {
        var findings = Check(new Rule8614(), Child(with: c =>
        {
            c.CinDetails[0].Assessments[0].AuthorisationDate = null;
            c.CinDetails[0].Assessments[0].Factors.Add("4B");
        }));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, null),
            (CensusTable.Assessments, CensusField.AssessmentFactors, "3A"),
            (CensusTable.Assessments, CensusField.AssessmentFactors, "4B"),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8614()).ShouldBe(CensusSampleFile.Expected("8614"));
}
