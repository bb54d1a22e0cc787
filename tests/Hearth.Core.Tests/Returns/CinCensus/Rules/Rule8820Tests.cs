using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8820Tests
{
    private static CensusChild WithEarlier(string referral, string? closure, string nfa = "false") => Child(with: c => c.CinDetails.Add(Episode(e =>
    {
        e.ReferralDate = Date(referral);
        e.ClosureDate = closure is null ? null : Date(closure);
        e.ReasonForClosure = closure is null ? null : "RC7";
        e.ReferralNfa = nfa;
        e.Assessments.Clear();
    })));

    [Fact]
    public void An_episode_closed_the_day_the_next_is_referred_passes() =>
        Check(new Rule8820(), WithEarlier("2024-04-10", "2024-06-03")).ShouldBeEmpty();

    [Fact]
    public void An_open_earlier_nfa_referral_passes() =>
        Check(new Rule8820(), WithEarlier("2024-04-10", null, nfa: "true")).ShouldBeEmpty();

    [Fact]
    public void A_referral_before_the_earlier_episode_closed_flags_both_episodes()
    {
        var findings = Check(new Rule8820(), WithEarlier("2024-04-10", "2024-06-04"));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-04-10"),
            (CensusTable.CinDetails, CensusField.CinClosureDate, "2024-06-04"),
        ]);
    }

    [Fact]
    public void A_referral_while_an_earlier_episode_is_still_open_is_flagged()
    {
        var findings = Check(new Rule8820(), WithEarlier("2024-04-10", null));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-06-03"),
            (CensusTable.CinDetails, CensusField.CinReferralDate, "2024-04-10"),
            (CensusTable.CinDetails, CensusField.CinClosureDate, (string?)null),
        ]);
    }
}
