using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2991QTests
{
    private static CensusChild WithEnquiry(bool assessed) => Child(with: c =>
    {
        c.CinDetails[0].Section47s.Add(new CensusSection47 { ActualStartDate = Date("2024-06-10") });
        if (!assessed)
        {
            c.CinDetails[0].Assessments.Clear();
        }
    });

    [Fact]
    public void An_enquiry_on_an_assessed_episode_passes() => Check(new Rule2991Q(), WithEnquiry(assessed: true)).ShouldBeEmpty();

    [Fact]
    public void An_enquiry_with_no_assessment_flags_the_section_47() =>
        Check(new Rule2991Q(), WithEnquiry(assessed: false)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.Section47, CensusField.LaChildId, "CHILD1")]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule2991Q()).ShouldBeEmpty();
}
