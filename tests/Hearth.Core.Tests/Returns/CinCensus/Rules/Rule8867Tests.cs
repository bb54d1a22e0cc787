using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8867Tests
{
    private static CensusChild Closed(string? authorised) => Child(with: c =>
    {
        c.CinDetails[0].ClosureDate = Date("2024-08-01");
        c.CinDetails[0].ReasonForClosure = "RC8";
        c.CinDetails[0].Assessments[0].AuthorisationDate = authorised is null ? null : Date(authorised);
    });

    [Fact]
    public void A_closed_episode_with_completed_assessments_passes() => Check(new Rule8867(), Closed("2024-07-01")).ShouldBeEmpty();

    [Fact]
    public void An_open_episode_with_an_open_assessment_passes() =>
        Check(new Rule8867(), Child(with: c => c.CinDetails[0].Assessments[0].AuthorisationDate = null)).ShouldBeEmpty();

    [Fact]
    public void A_closed_episode_with_an_open_assessment_flags_both() =>
        Check(new Rule8867(), Closed(null)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-08-01"),
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, (string?)null),
        ]);
}
