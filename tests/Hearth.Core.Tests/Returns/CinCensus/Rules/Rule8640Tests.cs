using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8640Tests
{
    [Theory]
    [InlineData("RC1")]
    [InlineData("RC9")]
    [InlineData(null)]
    public void A_valid_or_missing_reason_passes(string? reason) =>
        Check(new Rule8640(), Child(with: c => c.CinDetails[0].ReasonForClosure = reason)).ShouldBeEmpty();

    [Theory]
    [InlineData("RC10")]
    [InlineData("rc1")]
    public void An_invalid_reason_is_flagged(string reason)
    {
        var findings = Check(new Rule8640(), Child(with: c => c.CinDetails[0].ReasonForClosure = reason));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.ReasonForClosure, reason)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8640()).ShouldBe(CensusSampleFile.Expected("8640"));
}
