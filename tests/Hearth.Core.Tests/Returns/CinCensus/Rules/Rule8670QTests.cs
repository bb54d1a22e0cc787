using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Hearth.Core.Statutory;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8670QTests
{
    /// <summary>
    /// Counted back from 31 March 2024 (a Sunday; Good Friday was 29 March): 28 March is the 1st
    /// working day before it, 1 March the 20th, 1 February the 41st and 26 January the 45th. Without
    /// Good Friday the 45th would be 29 January.
    /// </summary>
    private static IReadOnlyList<CensusFinding> CheckOpenAssessmentIn2023To24(string started, IWorkingDayCalendar? calendar = null)
    {
        var message = Message(Child(with: c =>
        {
            c.CinDetails[0].ReferralDate = Date("2023-12-01");
            c.CinDetails[0].Assessments[0].ActualStartDate = Date(started);
            c.CinDetails[0].Assessments[0].AuthorisationDate = null;
            c.CinDetails[0].Assessments[0].Factors.Clear();
        }));
        message.Header.ReferenceDate = Date("2024-03-31");
        return [.. new Rule8670Q().Check(new CensusContext(message, new CensusYear(2023), calendar))];
    }

    [Theory]
    [InlineData("2024-01-26")]
    [InlineData("2024-03-01")]
    public void An_open_assessment_started_on_or_after_the_45th_working_day_passes(string started) =>
        CheckOpenAssessmentIn2023To24(started).ShouldBeEmpty();

    [Fact]
    public void An_open_assessment_started_before_the_45th_working_day_is_queried()
    {
        var findings = CheckOpenAssessmentIn2023To24("2024-01-25");

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, null),
            (CensusTable.Assessments, CensusField.AssessmentActualStartDate, "2024-01-25"),
        ]);
    }

    [Fact]
    public void Good_Friday_is_not_a_working_day() =>
        CheckOpenAssessmentIn2023To24("2024-01-26", new WeekdaysOnly()).Count.ShouldBe(2);

    [Fact]
    public void A_completed_assessment_passes() => Check(new Rule8670Q(), Child(with: c => c.CinDetails[0].Assessments[0].ActualStartDate = Date("2024-04-02")))
        .ShouldBeEmpty();

    private sealed class WeekdaysOnly : IWorkingDayCalendar
    {
        public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8670Q()).ShouldBe(CensusSampleFile.Expected("8670Q"));
}
