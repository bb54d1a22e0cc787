using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8630Tests
{
    [Fact]
    public void A_closure_on_the_referral_day_passes() =>
        Check(new Rule8630(), Child(with: c => c.CinDetails[0].ClosureDate = Date("2024-06-03"))).ShouldBeEmpty();

    [Fact]
    public void A_closure_before_the_referral_flags_both_dates()
    {
        var findings = Check(new Rule8630(), Child(with: c => c.CinDetails[0].ClosureDate = Date("2024-06-02")));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-06-02"),
        ]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8630()).ShouldBe(CensusSampleFile.Expected("8630"));
}
