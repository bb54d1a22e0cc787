using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8740Tests
{
    private static CensusChild WithEnquiry(string started, string notRequired = "false", string? conference = null) => Child(with: c =>
    {
        c.CinDetails[0].ReferralDate = Date("2024-03-01");
        c.CinDetails[0].Section47s.Add(new CensusSection47
        {
            ActualStartDate = Date(started),
            DateOfInitialCpc = conference is null ? null : Date(conference),
            IcpcNotRequired = notRequired,
        });
    });

    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    public void An_enquiry_awaiting_conference_started_in_the_period_passes(string started) =>
        Check(new Rule8740(), WithEnquiry(started)).ShouldBeEmpty();

    [Fact]
    public void An_earlier_enquiry_that_held_its_conference_passes() =>
        Check(new Rule8740(), WithEnquiry("2024-03-20", conference: "2024-04-05")).ShouldBeEmpty();

    [Fact]
    public void An_earlier_enquiry_that_needs_no_conference_passes() =>
        Check(new Rule8740(), WithEnquiry("2024-03-20", notRequired: "true")).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-31", "false")]
    [InlineData("2024-03-31", "0")]
    [InlineData("2025-04-01", "false")]
    public void An_enquiry_awaiting_conference_started_outside_the_period_is_flagged(string started, string notRequired)
    {
        var findings = Check(new Rule8740(), WithEnquiry(started, notRequired));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.S47ActualStartDate, started),
            (CensusTable.Section47, CensusField.DateOfInitialCpc, null),
            (CensusTable.Section47, CensusField.IcpcNotRequired, notRequired),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8740()).ShouldBe(CensusSampleFile.Expected("8740"));
}
