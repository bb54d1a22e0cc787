using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8897QTests
{
    private static CensusChild Authorised(string date, params string[] factors) => Child(with: c =>
    {
        c.CinDetails[0].Assessments[0].AuthorisationDate = Date(date);
        c.CinDetails[0].Assessments[0].Factors.Clear();
        c.CinDetails[0].Assessments[0].Factors.AddRange(factors);
    });

    [Fact]
    public void A_completed_assessment_with_factors_passes() => Check(new Rule8897Q(), Child()).ShouldBeEmpty();

    [Fact]
    public void The_legacy_codes_are_left_to_their_own_queries() => Check(new Rule8897Q(), Authorised("2024-07-01", "18A", "19A")).ShouldBeEmpty();

    [Fact]
    public void An_assessment_authorised_before_the_year_passes() => Check(new Rule8897Q(), Authorised("2024-03-31")).ShouldBeEmpty();

    [Fact]
    public void An_open_assessment_without_factors_passes() =>
        Check(new Rule8897Q(), Child(with: c => { c.CinDetails[0].Assessments[0].AuthorisationDate = null; c.CinDetails[0].Assessments[0].Factors.Clear(); }))
            .ShouldBeEmpty();

    [Fact]
    public void No_factors_on_the_first_day_of_the_year_flags_the_date_and_the_empty_factors() =>
        Check(new Rule8897Q(), Authorised("2024-04-01")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, "2024-04-01"),
            (CensusTable.Assessments, CensusField.AssessmentFactors, (string?)null),
        ]);

    [Fact]
    public void An_invalid_factor_is_flagged() =>
        Check(new Rule8897Q(), Authorised("2024-07-01", "1C", "RB")).Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, "2024-07-01"),
            (CensusTable.Assessments, CensusField.AssessmentFactors, "RB"),
        ]);
}
