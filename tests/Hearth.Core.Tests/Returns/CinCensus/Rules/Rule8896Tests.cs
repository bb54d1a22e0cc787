using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8896Tests
{
    private static CensusChild WithOpen(int count) => Child(with: c =>
    {
        for (var i = 0; i < count; i++)
        {
            c.CinDetails[0].Assessments.Add(new CensusAssessment { ActualStartDate = Date("2024-08-01").AddDays(i) });
        }
    });

    [Fact]
    public void One_open_assessment_passes() => Check(new Rule8896(), WithOpen(1)).ShouldBeEmpty();

    [Fact]
    public void Open_assessments_in_different_episodes_pass() =>
        Check(new Rule8896(), Child(with: c =>
        {
            c.CinDetails[0].Assessments[0].AuthorisationDate = null;
            c.CinDetails.Add(Episode(e => { e.ReferralDate = Date("2024-04-02"); e.Assessments[0].AuthorisationDate = null; }));
        })).ShouldBeEmpty();

    [Fact]
    public void Two_open_assessments_in_one_episode_flag_the_missing_authorisation() =>
        Check(new Rule8896(), WithOpen(2)).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.Assessments, CensusField.AssessmentAuthorisationDate, (string?)null)]);
}
