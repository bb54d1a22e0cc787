using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8600Tests
{
    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2025-03-31")]
    public void A_referral_on_or_before_the_reference_date_passes(string date) =>
        Check(new Rule8600(), Child(with: c => c.CinDetails[0].ReferralDate = Date(date))).ShouldBeEmpty();

    [Fact]
    public void A_referral_after_the_reference_date_is_flagged()
    {
        var findings = Check(new Rule8600(), Child(with: c => c.CinDetails[0].ReferralDate = Date("2025-04-01")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.CinReferralDate, "2025-04-01")]);
    }

    [Fact]
    public void A_missing_referral_date_is_flagged()
    {
        var findings = Check(new Rule8600(), Child(with: c => c.CinDetails[0].ReferralDate = null));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.CinReferralDate, null)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8600()).ShouldBe(CensusSampleFile.Expected("8600"));
}
