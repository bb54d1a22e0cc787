using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8540Tests
{
    [Fact]
    public void A_child_with_valid_codes_passes() =>
        Check(new Rule8540(), Child(with: c => c.Disabilities.AddRange(["MOB"]))).ShouldBeEmpty();

    [Fact]
    public void An_invalid_code_flags_it_with_the_birth_date_and_the_further_action_referral()
    {
        var findings = Check(new Rule8540(), Child(with: c => c.Disabilities.Add("XYZ")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, "2015-05-01"),
            (CensusTable.Disabilities, CensusField.Disability, "XYZ"),
            (CensusTable.CinDetails, CensusField.ReferralNfa, "false"),
        ]);
    }

    [Fact]
    public void No_codes_at_all_flags_the_birth_date_and_referral()
    {
        var findings = Check(new Rule8540(), Child(with: c => c.Disabilities.Clear()));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, "2015-05-01"),
            (CensusTable.CinDetails, CensusField.ReferralNfa, "false"),
        ]);
    }

    [Fact]
    public void A_child_whose_referrals_were_all_nfa_passes() =>
        Check(new Rule8540(), Child(with: c => { c.Disabilities.Clear(); c.CinDetails[0].ReferralNfa = "true"; })).ShouldBeEmpty();

    [Fact]
    public void An_unborn_child_passes() =>
        Check(new Rule8540(), Child(with: c => { c.Disabilities.Clear(); c.PersonBirthDate = null; })).ShouldBeEmpty();

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8540()).ShouldBe(CensusSampleFile.Expected("8540"));
}
