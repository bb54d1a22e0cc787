using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2883Tests
{
    private static CensusChild WithPlan(string start, string? s47Conference = null, string? episodeConference = null) => Child(with: c =>
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
    public void As_many_conferences_as_plans_in_the_year_pass() =>
        Check(new Rule2883(), Message(WithPlan("2024-07-01", s47Conference: "2024-07-01"), WithPlan("2024-08-01", episodeConference: "2024-08-01")))
            .ShouldBeEmpty();

    [Fact]
    public void Plans_before_the_year_are_not_counted() =>
        Check(new Rule2883(), Message(WithPlan("2024-03-31"))).ShouldBeEmpty();

    [Fact]
    public void More_plans_than_conferences_in_the_year_is_flagged_once_for_the_return() =>
        Check(new Rule2883(), Message(WithPlan("2024-07-01", s47Conference: "2024-07-01"), WithPlan("2024-04-01", s47Conference: "2024-03-31")))
            .Select(f => (f.LaChildId, f.Table, f.Field, f.Value))
            .ShouldBe([(null, CensusTable.ChildProtectionPlans, CensusField.CppStartDate, null)]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule2883()).ShouldBeEmpty();
}
