using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Hearth.Core.Statutory;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8675QTests
{
    /// <summary>
    /// Counted back from 31 March 2024 (a Sunday; Good Friday was 29 March): 28 March is the 1st
    /// working day before it and 8 March the 15th. Without Good Friday the 15th would be 11 March.
    /// </summary>
    private static IReadOnlyList<CensusFinding> CheckEnquiryIn2023To24(string started, string notRequired = "false", IWorkingDayCalendar? calendar = null)
    {
        var message = Message(Child(with: c =>
        {
            c.CinDetails[0].ReferralDate = Date("2023-12-01");
            c.CinDetails[0].Assessments[0].ActualStartDate = Date("2023-12-02");
            c.CinDetails[0].Assessments[0].AuthorisationDate = Date("2024-01-10");
            c.CinDetails[0].Section47s.Add(new CensusSection47 { ActualStartDate = Date(started), IcpcNotRequired = notRequired });
        }));
        message.Header.ReferenceDate = Date("2024-03-31");
        return [.. new Rule8675Q().Check(new CensusContext(message, new CensusYear(2023), calendar))];
    }

    [Theory]
    [InlineData("2024-03-08")]
    [InlineData("2024-03-28")]
    public void An_enquiry_started_on_or_after_the_15th_working_day_passes(string started) =>
        CheckEnquiryIn2023To24(started).ShouldBeEmpty();

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    public void An_enquiry_started_earlier_without_a_conference_is_queried(string notRequired)
    {
        var findings = CheckEnquiryIn2023To24("2024-03-07", notRequired);

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.DateOfInitialCpc, null),
            (CensusTable.Section47, CensusField.S47ActualStartDate, "2024-03-07"),
            (CensusTable.Section47, CensusField.IcpcNotRequired, notRequired),
        ]);
    }

    [Fact]
    public void An_enquiry_that_needs_no_conference_passes() => CheckEnquiryIn2023To24("2024-01-07", "true").ShouldBeEmpty();

    [Fact]
    public void Good_Friday_is_not_a_working_day() => CheckEnquiryIn2023To24("2024-03-08", calendar: new WeekdaysOnly()).Count.ShouldBe(3);

    private sealed class WeekdaysOnly : IWorkingDayCalendar
    {
        public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8675Q()).ShouldBe(CensusSampleFile.Expected("8675Q"));
}
