using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8898Tests
{
    [Fact]
    public void Different_factors_pass() =>
        Check(new Rule8898(), Child(with: c => c.CinDetails[0].Assessments[0].Factors.Add("4B"))).ShouldBeEmpty();

    [Fact]
    public void The_same_factor_on_two_assessments_passes() =>
        Check(new Rule8898(), Child(with: c => c.CinDetails[0].Assessments.Add(new CensusAssessment { ActualStartDate = Date("2024-08-01"), Factors = ["3A"] })))
            .ShouldBeEmpty();

    [Fact]
    public void A_repeated_factor_is_flagged() =>
        Check(new Rule8898(), Child(with: c => c.CinDetails[0].Assessments[0].Factors.AddRange(["4B", "3A"]))).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.Assessments, CensusField.AssessmentFactors, "3A")]);
}
