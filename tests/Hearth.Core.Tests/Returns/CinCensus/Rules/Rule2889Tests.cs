using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule2889Tests
{
    private static CensusChild WithEnquiryFrom(string start) =>
        Child(with: c => c.CinDetails[0].Section47s.Add(new CensusSection47 { ActualStartDate = Date(start) }));

    [Fact]
    public void An_enquiry_starting_on_the_referral_date_passes() =>
        Check(new Rule2889(), WithEnquiryFrom("2024-06-03")).ShouldBeEmpty();

    [Fact]
    public void An_enquiry_starting_before_the_referral_flags_both_dates() =>
        Check(new Rule2889(), WithEnquiryFrom("2024-06-02")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Section47, CensusField.S47ActualStartDate, "2024-06-02"),
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
        ]);

    [Fact]
    public void The_sample_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule2889()).ShouldBe(
        [
            ("DfEX0000001", CensusTable.CinDetails, CensusField.CinReferralDate, "2022-10-06"),
            ("DfEX0000001", CensusTable.Section47, CensusField.S47ActualStartDate, "2022-06-02"),
        ]);
}
