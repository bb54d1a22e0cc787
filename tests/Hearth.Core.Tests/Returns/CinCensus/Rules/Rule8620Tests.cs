using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8620Tests
{
    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2025-03-31")]
    public void A_closure_in_the_period_passes(string date) =>
        Check(new Rule8620(), Child(with: c => c.CinDetails[0].ClosureDate = Date(date))).ShouldBeEmpty();

    [Fact]
    public void An_open_episode_passes() => Check(new Rule8620(), Child()).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-31")]
    [InlineData("2025-04-01")]
    public void A_closure_outside_the_period_is_flagged(string date)
    {
        var findings = Check(new Rule8620(), Child(with: c => c.CinDetails[0].ClosureDate = Date(date)));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.CinClosureDate, date)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8620()).ShouldBe(CensusSampleFile.Expected("8620"));
}
