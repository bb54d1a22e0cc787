using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8873QTests
{
    private static CensusChild NoFactorsClosed(string? reason) => Child(with: c =>
    {
        c.CinDetails[0].Assessments[0].Factors.Clear();
        c.CinDetails[0].Assessments[0].Factors.Add("21");
        c.CinDetails[0].ClosureDate = reason is null ? null : Date("2024-07-02");
        c.CinDetails[0].ReasonForClosure = reason;
    });

    [Theory]
    [InlineData("RC8")]
    [InlineData("RC9")]
    public void Closed_after_assessment_passes(string reason) => Check(new Rule8873Q(), NoFactorsClosed(reason)).ShouldBeEmpty();

    [Fact]
    public void An_episode_with_two_assessments_passes()
    {
        var child = NoFactorsClosed("RC7");
        child.CinDetails[0].Assessments.Add(new CensusAssessment { ActualStartDate = Date("2024-06-20"), AuthorisationDate = Date("2024-07-01"), Factors = ["3A"] });

        Check(new Rule8873Q(), child).ShouldBeEmpty();
    }

    [Fact]
    public void Factors_found_pass() => Check(new Rule8873Q(), Child()).ShouldBeEmpty();

    [Fact]
    public void Another_reason_flags_the_factor_and_the_reason() =>
        Check(new Rule8873Q(), NoFactorsClosed("RC7")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentFactors, "21"),
            (CensusTable.CinDetails, CensusField.ReasonForClosure, "RC7"),
        ]);

    [Fact]
    public void An_open_episode_is_queried_too() =>
        Check(new Rule8873Q(), NoFactorsClosed(null)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentFactors, "21"),
            (CensusTable.CinDetails, CensusField.ReasonForClosure, (string?)null),
        ]);
}
