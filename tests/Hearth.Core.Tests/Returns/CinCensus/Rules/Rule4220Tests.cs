using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule4220Tests
{
    [Fact]
    public void A_dfe_code_passes() => Check(new Rule4220(), Child(with: c => c.Ethnicity = "NOBT")).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("ABAB")]
    public void A_missing_or_unknown_code_is_flagged(string? ethnicity) =>
        Check(new Rule4220(), Child(with: c => c.Ethnicity = ethnicity)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.ChildCharacteristics, CensusField.Ethnicity, ethnicity)]);

    [Fact]
    public void The_sample_gives_nothing() => CensusSampleFile.Rows(new Rule4220()).ShouldBeEmpty();
}
