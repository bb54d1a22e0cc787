using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8715Tests
{
    private static CensusChild WithConference(string conference) => Child(with: c => c.CinDetails[0].Section47s.Add(new CensusSection47
    {
        ActualStartDate = Date("2024-04-01"),
        DateOfInitialCpc = Date(conference),
        IcpcNotRequired = "false",
    }));

    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    public void A_conference_in_the_period_passes(string conference) => Check(new Rule8715(), WithConference(conference)).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-01")]
    public void A_conference_outside_the_period_is_flagged(string conference)
    {
        var findings = Check(new Rule8715(), WithConference(conference));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.Section47, CensusField.DateOfInitialCpc, conference)]);
    }

    [Fact]
    public void An_episode_level_conference_is_not_checked() =>
        Check(new Rule8715(), Child(with: c => c.CinDetails[0].DateOfInitialCpc = Date("2020-01-01"))).ShouldBeEmpty();

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8715()).ShouldBe(CensusSampleFile.Expected("8715"));
}
