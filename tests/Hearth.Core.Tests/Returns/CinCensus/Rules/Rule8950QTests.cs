using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8950QTests
{
    private static CensusChild WithFactor(string factor) => Child(with: c => c.CinDetails[0].Assessments[0].Factors.Add(factor));

    [Fact]
    public void The_current_code_passes() => Check(new Rule8950Q(), WithFactor("19C")).ShouldBeEmpty();

    [Theory]
    [InlineData("19A")]
    [InlineData("19a")]
    public void The_withdrawn_code_is_queried(string factor) =>
        Check(new Rule8950Q(), WithFactor(factor)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.Assessments, CensusField.AssessmentFactors, factor)]);
}
