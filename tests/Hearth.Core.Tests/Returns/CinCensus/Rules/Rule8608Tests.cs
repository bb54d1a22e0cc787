using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8608Tests
{
    [Fact]
    public void An_assessment_authorised_on_its_start_day_passes() =>
        Check(new Rule8608(), Child(with: c => c.CinDetails[0].Assessments[0].AuthorisationDate = Date("2024-06-04"))).ShouldBeEmpty();

    [Fact]
    public void An_open_assessment_passes() =>
        Check(new Rule8608(), Child(with: c => c.CinDetails[0].Assessments[0].AuthorisationDate = null)).ShouldBeEmpty();

    [Fact]
    public void An_assessment_authorised_before_it_started_flags_both_dates()
    {
        var findings = Check(new Rule8608(), Child(with: c => c.CinDetails[0].Assessments[0].AuthorisationDate = Date("2024-06-03")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2024-06-04"),
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, "2024-06-03"),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8608()).ShouldBe(CensusSampleFile.Expected("8608"));
}
