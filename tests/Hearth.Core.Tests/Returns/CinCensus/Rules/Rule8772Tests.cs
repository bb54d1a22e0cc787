using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8772Tests
{
    private static CensusChild Un7(params string[] nfa) => Child(with: c =>
    {
        c.Upn = null;
        c.UpnUnknown = "UN7";
        c.CinDetails.Clear();
        c.CinDetails.AddRange(nfa.Select(flag => Episode(e => e.ReferralNfa = flag)));
    });

    [Fact]
    public void UN7_with_only_nfa_referrals_passes() => Check(new Rule8772(), Un7("true", "1", "TRUE")).ShouldBeEmpty();

    [Fact]
    public void UN7_with_a_referral_to_further_action_flags_it()
    {
        var findings = Check(new Rule8772(), Un7("true", "0"));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.UpnUnknown, "UN7"),
            (CensusTable.CinDetails, CensusField.ReferralNfa, "0"),
        ]);
    }

    [Fact]
    public void Another_reason_passes() => Check(new Rule8772(), Child(with: c => (c.Upn, c.UpnUnknown) = (null, "UN4"))).ShouldBeEmpty();

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8772()).ShouldBe(CensusSampleFile.Expected("8772"));
}
