using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2884Tests
{
    private static CensusChild WithConferences(string s47Conference, string episodeConference) => Child(with: c =>
    {
        c.CinDetails[0].Section47s.Add(new CensusSection47 { DateOfInitialCpc = Date(s47Conference) });
        c.CinDetails[0].DateOfInitialCpc = Date(episodeConference);
    });

    [Fact]
    public void Different_conferences_at_the_two_levels_pass() =>
        Check(new Rule2884(), WithConferences("2024-07-01", "2024-08-01")).ShouldBeEmpty();

    [Fact]
    public void One_conference_recorded_at_both_levels_flags_both_cells() =>
        Check(new Rule2884(), WithConferences("2024-07-01", "2024-07-01")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.DateOfInitialCpc, "2024-07-01"),
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, "2024-07-01"),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule2884()).ShouldBeEmpty();
}
