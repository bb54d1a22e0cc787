using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8650Tests
{
    [Theory]
    [InlineData("N0")]
    [InlineData("N9")]
    [InlineData(null)]
    public void A_valid_or_missing_need_passes(string? need) =>
        Check(new Rule8650(), Child(with: c => c.CinDetails[0].PrimaryNeedCode = need)).ShouldBeEmpty();

    [Fact]
    public void An_invalid_need_is_flagged()
    {
        var findings = Check(new Rule8650(), Child(with: c => c.CinDetails[0].PrimaryNeedCode = "N10"));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.PrimaryNeedCode, "N10")]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8650()).ShouldBe(CensusSampleFile.Expected("8650"));
}
