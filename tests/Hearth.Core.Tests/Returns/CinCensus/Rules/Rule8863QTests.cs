using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8863QTests
{
    private static CensusChild WithSecond(string start, string? authorised = "2024-09-01") => Child(with: c => c.CinDetails[0].Assessments.Add(new CensusAssessment
    {
        ActualStartDate = Date(start),
        AuthorisationDate = authorised is null ? null : Date(authorised),
        Factors = ["3A"],
    }));

    [Fact]
    public void An_assessment_starting_after_the_first_was_authorised_passes() => Check(new Rule8863Q(), WithSecond("2024-07-02")).ShouldBeEmpty();

    [Fact]
    public void The_same_assessment_sent_twice_passes() => Check(new Rule8863Q(), WithSecond("2024-06-04", "2024-07-01")).ShouldBeEmpty();

    [Fact]
    public void An_assessment_starting_on_the_day_the_first_was_authorised_is_flagged() =>
        Check(new Rule8863Q(), WithSecond("2024-07-01")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2024-07-01"),
            (CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2024-06-04"),
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, "2024-07-01"),
        ]);

    [Fact]
    public void An_assessment_starting_on_the_reference_date_while_another_is_open_is_flagged()
    {
        var child = WithSecond("2025-03-31", null);
        child.CinDetails[0].Assessments[0].AuthorisationDate = null;

        Check(new Rule8863Q(), child).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2025-03-31"),
            (CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2024-06-04"),
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, (string?)null),
        ]);
    }
}
