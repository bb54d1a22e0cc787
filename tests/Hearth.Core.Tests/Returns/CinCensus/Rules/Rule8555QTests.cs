using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8555QTests
{
    [Theory]
    [InlineData("2024-06-03")]
    [InlineData("2024-12-01")]
    public void A_referral_on_or_before_death_passes(string died) =>
        Check(new Rule8555Q(), Child(with: c => c.PersonDeathDate = Date(died))).ShouldBeEmpty();

    [Fact]
    public void A_referral_after_death_flags_it_and_the_death_date()
    {
        var findings = Check(new Rule8555Q(), Child(with: c => c.PersonDeathDate = Date("2024-06-02")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
            (CensusTable.ChildIdentifiers, CensusField.PersonDeathDate, "2024-06-02"),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8555Q()).ShouldBe(CensusSampleFile.Expected("8555Q"));
}
