using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8545QTests
{
    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    public void A_death_in_the_period_passes(string died) =>
        Check(new Rule8545Q(), Child(with: c => c.PersonDeathDate = Date(died))).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-01")]
    public void A_death_outside_the_period_is_flagged(string died)
    {
        var findings = Check(new Rule8545Q(), Child(with: c => c.PersonDeathDate = Date(died)));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, died)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8545Q()).ShouldBe(CensusSampleFile.Expected("8545Q"));
}
