using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Returns.CinCensus.Rules;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.CensusTestData;

namespace Hearth.Core.Tests.Returns.CinCensus.Rules;

public sealed class Rule8831Tests
{
    private static CensusChild Nfa(Action<CinDetails> with) => Child(with: c =>
    {
        c.CinDetails[0].ReferralNfa = "true";
        c.CinDetails[0].Assessments.Clear();
        with(c.CinDetails[0]);
    });

    [Fact]
    public void An_nfa_referral_with_no_activity_passes() => Check(new Rule8831(), Nfa(_ => { })).ShouldBeEmpty();

    [Fact]
    public void Activity_on_a_referral_with_further_action_passes() => Check(new Rule8831(), Child()).ShouldBeEmpty();

    [Fact]
    public void An_assessment_on_an_nfa_referral_flags_the_assessment_and_the_episode_icpc()
    {
        var findings = Check(new Rule8831(), Nfa(e => e.Assessments.Add(new CensusAssessment { ActualStartDate = Date("2024-06-04") })));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, (string?)null),
            (CensusTable.Assessments, CensusField.LaChildId, "CHILD1"),
        ]);
    }

    [Fact]
    public void A_section_47_on_an_nfa_referral_is_flagged()
    {
        var findings = Check(new Rule8831(), Nfa(e => e.Section47s.Add(new CensusSection47 { ActualStartDate = Date("2024-06-05"), IcpcNotRequired = "true" })));

        findings.Select(f => (f.Table, f.Field, f.Value)).ShouldBe(
        [
            (CensusTable.CinDetails, CensusField.DateOfInitialCpc, (string?)null),
            (CensusTable.Section47, CensusField.LaChildId, "CHILD1"),
        ]);
    }

    [Fact]
    public void An_episode_icpc_on_an_nfa_referral_is_flagged() =>
        Check(new Rule8831(), Nfa(e => e.DateOfInitialCpc = Date("2024-06-20"))).Select(f => (f.Table, f.Field, f.Value))
            .ShouldBe([(CensusTable.CinDetails, CensusField.DateOfInitialCpc, "2024-06-20")]);
}
