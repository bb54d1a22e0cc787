using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8866Tests
{
    private static CensusChild Referred(string date, string? source) => Child(with: c =>
    {
        c.CinDetails[0].ReferralDate = Date(date);
        c.CinDetails[0].ReferralSource = source;
    });

    [Fact]
    public void A_valid_source_passes() => Check(new Rule8866(), Referred("2024-06-03", "5D")).ShouldBeEmpty();

    [Fact]
    public void A_referral_before_april_2013_needs_no_source() => Check(new Rule8866(), Referred("2013-03-31", null)).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("1Z")]
    [InlineData("5d")]
    public void A_missing_or_invalid_source_flags_the_referral(string? source) =>
        Check(new Rule8866(), Referred("2013-04-01", source)).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2013-04-01"),
            (CensusTable.CinDetails, CensusField.ReferralSource, source),
        ]);
}
