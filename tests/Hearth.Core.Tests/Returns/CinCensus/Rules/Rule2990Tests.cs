using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2990Tests
{
    private static CensusChild ClosedAfterAssessment(string reason, Action<CinDetails>? activity = null) => Child(with: c =>
    {
        var episode = c.CinDetails[0];
        episode.ClosureDate = Date("2024-07-02");
        episode.ReasonForClosure = reason;
        activity?.Invoke(episode);
    });

    [Fact]
    public void An_episode_closed_after_assessment_with_no_activity_passes() =>
        Check(new Rule2990(), ClosedAfterAssessment("RC8")).ShouldBeEmpty();

    [Fact]
    public void Activity_on_an_episode_closed_for_another_reason_passes() =>
        Check(new Rule2990(), ClosedAfterAssessment("RC7", e => e.CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-07-01") }))).ShouldBeEmpty();

    [Fact]
    public void Modules_on_an_rc9_episode_flag_the_episode_and_each_module() =>
        Check(new Rule2990(), ClosedAfterAssessment("RC9", e =>
        {
            e.Section47s.Add(new CensusSection47 { ActualStartDate = Date("2024-06-10") });
            e.CinPlans.Add(new CensusCinPlan { StartDate = Date("2024-07-01") });
        })).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, null),
            (CensusTable.Section47, CensusField.LaChildId, "CHILD1"),
            (CensusTable.CinPlanDates, CensusField.LaChildId, "CHILD1"),
        ]);

    [Fact]
    public void An_episode_level_conference_on_an_rc8_episode_flags_it() =>
        Check(new Rule2990(), ClosedAfterAssessment("RC8", e => e.DateOfInitialCpc = Date("2024-06-20")))
            .Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.DateOfInitialCpc, "2024-06-20")]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule2990()).ShouldBeEmpty();
}
