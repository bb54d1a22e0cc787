using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8615Tests
{
    private static CensusChild WithEnquiry(string? start, string? conference) => Child(with: c => c.CinDetails[0].Section47s.Add(new CensusSection47
    {
        ActualStartDate = start is null ? null : Date(start),
        DateOfInitialCpc = conference is null ? null : Date(conference),
        IcpcNotRequired = "false",
    }));

    [Theory]
    [InlineData("2024-06-10", "2024-06-10")]
    [InlineData("2024-06-10", null)]
    public void A_conference_on_or_after_the_start_or_none_passes(string start, string? conference) =>
        Check(new Rule8615(), WithEnquiry(start, conference)).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-06-11", "2024-06-10")]
    [InlineData(null, "2024-06-10")]
    public void A_conference_before_the_start_or_without_one_flags_both(string? start, string conference)
    {
        var findings = Check(new Rule8615(), WithEnquiry(start, conference));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.S47ActualStartDate, start),
            (CensusTable.Section47, CensusField.DateOfInitialCpc, conference),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8615()).ShouldBe(CensusSampleFile.Expected("8615"));
}
