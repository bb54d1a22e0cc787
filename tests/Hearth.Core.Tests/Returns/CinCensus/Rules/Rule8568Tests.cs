using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8568Tests
{
    [Theory]
    [InlineData("true")]
    [InlineData("FALSE")]
    [InlineData("1")]
    [InlineData("0")]
    public void A_valid_flag_passes(string flag) =>
        Check(new Rule8568(), Child(with: c => c.CinDetails[0].ReferralNfa = flag)).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("yes")]
    [InlineData("2")]
    public void A_missing_or_invalid_flag_is_flagged(string? flag)
    {
        var findings = Check(new Rule8568(), Child(with: c => c.CinDetails[0].ReferralNfa = flag));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.ReferralNfa, flag)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8568()).ShouldBe(CensusSampleFile.Expected("8568"));
}
