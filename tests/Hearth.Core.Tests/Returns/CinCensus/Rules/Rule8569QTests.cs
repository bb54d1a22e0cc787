using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8569QTests
{
    // The 2024-25 year starts on Easter Monday, 1 April 2024; Good Friday was 29 March, so the working
    // day before the start is Thursday 28 March.
    private static CensusChild Referred(string date, string nfa) => Child(with: c => (c.CinDetails[0].ReferralDate, c.CinDetails[0].ReferralNfa) = (Date(date), nfa));

    [Theory]
    [InlineData("2024-03-28")]
    [InlineData("2024-03-29")]
    [InlineData("2024-06-03")]
    public void An_nfa_referral_from_the_working_day_before_the_year_passes(string date) =>
        Check(new Rule8569Q(), Referred(date, "true")).ShouldBeEmpty();

    [Fact]
    public void An_older_referral_with_further_action_passes() => Check(new Rule8569Q(), Referred("2023-01-10", "false")).ShouldBeEmpty();

    [Theory]
    [InlineData("2024-03-27", "true")]
    [InlineData("2023-01-10", "1")]
    public void An_older_referral_flagged_nfa_is_queried(string date, string nfa)
    {
        var findings = Check(new Rule8569Q(), Referred(date, nfa));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.CinReferralDate, date)]);
    }

    [Fact]
    public void The_DfE_sample_file_gives_the_expected_rows() =>
        CensusSampleFile.Rows(new Rule8569Q()).ShouldBe(CensusSampleFile.Expected("8569Q"));
}
