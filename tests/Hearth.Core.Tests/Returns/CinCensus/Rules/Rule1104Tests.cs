using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule1104Tests
{
    private static CensusChild WithConference(string s47Conference, string? episodeConference = null) => Child(with: c =>
    {
        c.CinDetails[0].Section47s.Add(new CensusSection47 { ActualStartDate = Date("2024-06-03"), DateOfInitialCpc = Date(s47Conference) });
        c.CinDetails[0].DateOfInitialCpc = episodeConference is null ? null : Date(episodeConference);
    });

    [Fact]
    public void A_conference_on_the_referral_date_passes() =>
        Check(new Rule1104(), WithConference("2024-06-03")).ShouldBeEmpty();

    [Fact]
    public void A_section_47_conference_before_the_referral_flags_it_and_the_referral() =>
        Check(new Rule1104(), WithConference("2024-06-02")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.DateOfInitialCpc, "2024-06-02"),
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
        ]);

    [Fact]
    public void An_episode_level_conference_before_the_referral_is_flagged_too() =>
        Check(new Rule1104(), WithConference("2024-06-10", "2024-05-01")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, "2024-05-01"),
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
        ]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule1104()).ShouldBe(
        [
            ("DfEX0000001", CensusTable.CinDetails, CensusField.CinReferralDate, "2022-10-06"),
            ("DfEX0000001", CensusTable.Section47, CensusField.DateOfInitialCpc, "2022-06-17"),
        ]);
}
