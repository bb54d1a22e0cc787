using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8815Tests
{
    private static CinDetails Open(string referral, string nfa) => Episode(e => { e.ReferralDate = Date(referral); e.ReferralNfa = nfa; e.Assessments.Clear(); });

    [Fact]
    public void One_open_episode_and_open_nfa_referrals_pass() =>
        Check(new Rule8815(), Child(with: c => c.CinDetails.AddRange([Open("2024-05-01", "true"), Open("2024-05-10", "1")]))).ShouldBeEmpty();

    [Fact]
    public void A_closed_earlier_episode_passes() =>
        Check(new Rule8815(), Child(with: c => c.CinDetails.Add(Episode(e =>
        {
            e.ReferralDate = Date("2024-04-02");
            e.ClosureDate = Date("2024-05-01");
            e.ReasonForClosure = "RC7";
        })))).ShouldBeEmpty();

    [Fact]
    public void Two_open_episodes_flag_the_missing_closure_date()
    {
        var findings = Check(new Rule8815(), Child(with: c => c.CinDetails.Add(Open("2024-05-01", "0"))));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe([(CensusTable.CinDetails, CensusField.CinClosureDate, (string?)null)]);
    }
}
