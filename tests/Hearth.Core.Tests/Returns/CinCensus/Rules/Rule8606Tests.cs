using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8606Tests
{
    [Fact]
    public void A_referral_280_days_before_the_due_date_passes() =>
        Check(new Rule8606(), Child(with: c => (c.PersonBirthDate, c.ExpectedPersonBirthDate) = (null, Date("2025-03-10")))).ShouldBeEmpty();

    [Fact]
    public void A_referral_281_days_before_the_due_date_is_flagged()
    {
        var findings = Check(new Rule8606(), Child(with: c => (c.PersonBirthDate, c.ExpectedPersonBirthDate) = (null, Date("2025-03-11"))));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, null),
            (CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, "2025-03-11"),
        ]);
    }

    [Fact]
    public void A_referral_long_before_the_birth_date_is_flagged()
    {
        var findings = Check(new Rule8606(), Child(with: c => c.PersonBirthDate = Date("2025-03-11")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
            (CensusTable.ChildIdentifiers, CensusField.PersonBirthDate, "2025-03-11"),
            (CensusTable.ChildIdentifiers, CensusField.ExpectedPersonBirthDate, null),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8606()).ShouldBe(CensusSampleFile.Expected("8606"));
}
