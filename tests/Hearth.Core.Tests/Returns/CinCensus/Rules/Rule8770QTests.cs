using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8770QTests
{
    // For 31 March 2025 a child is of school age if born on or before 31 August 2019.
    private static CensusChild WithoutUpn(string born, string? reason = null, string nfa = "false") => Child(with: c =>
    {
        c.PersonBirthDate = Date(born);
        c.Upn = null;
        c.UpnUnknown = reason;
        c.CinDetails[0].ReferralNfa = nfa;
    });

    [Fact]
    public void A_child_with_a_upn_passes() => Check(new Rule8770Q(), Child()).ShouldBeEmpty();

    [Theory]
    [InlineData("UN2")]
    [InlineData("un5")]
    public void A_school_age_reason_passes(string reason) => Check(new Rule8770Q(), WithoutUpn("2019-08-31", reason)).ShouldBeEmpty();

    [Fact]
    public void A_child_not_yet_of_school_age_passes() => Check(new Rule8770Q(), WithoutUpn("2019-09-01")).ShouldBeEmpty();

    [Fact]
    public void A_child_whose_referrals_were_all_nfa_passes() => Check(new Rule8770Q(), WithoutUpn("2015-05-01", nfa: "true")).ShouldBeEmpty();

    [Theory]
    [InlineData(null)]
    [InlineData("UN1")]
    public void A_school_age_child_without_a_upn_or_with_UN1_is_flagged(string? reason)
    {
        var findings = Check(new Rule8770Q(), WithoutUpn("2019-08-31", reason));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.Upn, null),
            (CensusTable.ChildIdentifiers, CensusField.UpnUnknown, reason),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8770Q()).ShouldBe(CensusSampleFile.Expected("8770Q"));
}
