using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8816Tests
{
    private static CinDetails Earlier(Action<CinDetails> with) => Episode(e =>
    {
        e.ReferralDate = Date("2024-04-10");
        e.Assessments.Clear();
        with(e);
    });

    [Fact]
    public void The_latest_episode_open_passes() =>
        Check(new Rule8816(), Child(with: c => c.CinDetails.Add(Earlier(e => { e.ClosureDate = Date("2024-05-01"); e.ReasonForClosure = "RC7"; }))))
            .ShouldBeEmpty();

    [Fact]
    public void An_earlier_open_nfa_referral_passes() =>
        Check(new Rule8816(), Child(with: c => c.CinDetails.Add(Earlier(e => e.ReferralNfa = "true")))).ShouldBeEmpty();

    [Fact]
    public void An_earlier_open_episode_flags_its_referral_and_the_latest()
    {
        var findings = Check(new Rule8816(), Child(with: c => c.CinDetails.Add(Earlier(_ => { }))));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-04-10"),
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
        ]);
    }
}
