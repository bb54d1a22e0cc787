using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2885Tests
{
    private static CensusChild WithPlan(string start, string? s47Conference, string? episodeConference = null) => Child(with: c =>
    {
        var episode = c.CinDetails[0];
        episode.ChildProtectionPlans.Add(new CensusChildProtectionPlan { StartDate = Date(start) });
        if (s47Conference is not null)
        {
            episode.Section47s.Add(new CensusSection47 { DateOfInitialCpc = Date(s47Conference) });
        }

        episode.DateOfInitialCpc = episodeConference is null ? null : Date(episodeConference);
    });

    [Fact]
    public void A_plan_starting_at_its_section_47_conference_passes() =>
        Check(new Rule2885(), WithPlan("2024-07-01", "2024-07-01")).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_at_the_episode_conference_with_no_section_47_passes() =>
        Check(new Rule2885(), WithPlan("2024-07-01", null, "2024-07-01")).ShouldBeEmpty();

    [Fact]
    public void A_plan_starting_before_the_census_year_is_not_checked() =>
        Check(new Rule2885(), WithPlan("2024-03-31", "2024-03-01")).ShouldBeEmpty();

    [Fact]
    public void A_plan_not_on_its_section_47_conference_flags_both() =>
        Check(new Rule2885(), WithPlan("2024-07-02", "2024-07-01", "2024-07-02")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-07-02"),
            (CensusTable.Section47, CensusField.DateOfInitialCpc, "2024-07-01"),
        ]);

    [Fact]
    public void A_plan_with_no_conference_at_all_flags_the_missing_episode_conference() =>
        Check(new Rule2885(), WithPlan("2024-07-02", null)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildProtectionPlans, CensusField.CppStartDate, "2024-07-02"),
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, null),
        ]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule2885()).ShouldBeEmpty();
}
