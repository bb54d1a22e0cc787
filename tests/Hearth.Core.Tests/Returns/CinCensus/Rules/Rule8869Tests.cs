using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8869Tests
{
    private static CensusChild WithFactors(params string[] factors) => Child(with: c =>
    {
        c.CinDetails[0].Assessments[0].Factors.Clear();
        c.CinDetails[0].Assessments[0].Factors.AddRange(factors);
    });

    [Fact]
    public void Twenty_one_alone_passes() => Check(new Rule8869(), WithFactors("21")).ShouldBeEmpty();

    [Fact]
    public void Twenty_one_on_another_assessment_of_the_episode_passes() =>
        Check(new Rule8869(), Child(with: c => c.CinDetails[0].Assessments.Add(new CensusAssessment { ActualStartDate = Date("2024-08-01"), Factors = ["21"] })))
            .ShouldBeEmpty();

    [Fact]
    public void Twenty_one_with_other_factors_flags_the_others() =>
        Check(new Rule8869(), WithFactors("3A", "21", "4B")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentFactors, "3A"),
            (CensusTable.Assessments, CensusField.AssessmentFactors, "4B"),
        ]);
}
