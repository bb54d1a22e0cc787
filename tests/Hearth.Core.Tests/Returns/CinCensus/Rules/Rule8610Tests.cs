using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8610Tests
{
    [Fact]
    public void A_further_action_referral_with_a_need_passes() => Check(new Rule8610(), Child()).ShouldBeEmpty();

    [Fact]
    public void An_nfa_referral_without_a_need_passes() =>
        Check(new Rule8610(), Child(with: c => (c.CinDetails[0].ReferralNfa, c.CinDetails[0].PrimaryNeedCode) = ("true", null))).ShouldBeEmpty();

    [Theory]
    [InlineData("false")]
    [InlineData("0")]
    public void A_further_action_referral_without_a_need_is_flagged(string nfa)
    {
        var findings = Check(new Rule8610(), Child(with: c => (c.CinDetails[0].ReferralNfa, c.CinDetails[0].PrimaryNeedCode) = (nfa, null)));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.ReferralNfa, nfa),
            (CensusTable.CinDetails, CensusField.PrimaryNeedCode, null),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8610()).ShouldBe(CensusSampleFile.Expected("8610"));
}
