using Hearth.Core.Chronology;
using Hearth.Core.Oversight;
using Hearth.Core.Statutory;
using Shouldly;
using Xunit;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.Tests.Chronology;

public class OversightRuleTests
{
    private static readonly ObligationEngine Engine = new(HolidayCalendar.EnglandAndWales);
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly Guid Episode = Guid.NewGuid();

    private static IReadOnlyList<Obligation> Derive(StatutoryRuleTable table, DateOnly today, params (string Type, DateOnly Date)[] events) =>
        Engine.Derive(table[OversightRules.ManagementOversight], events.Select(e => new ClockEvent(Child, Episode, e.Type, e.Date)).ToList(), today);

    [Fact]
    public void Oversight_is_due_20_working_days_after_the_referral_by_default()
    {
        // Referral Monday 5 January 2026: 20 working days later is Monday 2 February.
        var obligations = Derive(StatutoryRuleTable.England, new DateOnly(2026, 1, 10), (ReferralReceived, new DateOnly(2026, 1, 5)));

        obligations.ShouldHaveSingleItem().DueDate.ShouldBe(new DateOnly(2026, 2, 2));
    }

    [Fact]
    public void Each_recorded_oversight_starts_the_next_period_and_a_missing_one_is_overdue()
    {
        var obligations = Derive(StatutoryRuleTable.England, new DateOnly(2026, 4, 1),
            (ReferralReceived, new DateOnly(2026, 1, 5)), (ClockEventTypes.ManagementOversightRecorded, new DateOnly(2026, 1, 20)));

        obligations.Count.ShouldBe(2);
        obligations[0].Status.ShouldBe(ObligationStatus.MetOnTime);
        obligations[1].DueDate.ShouldBe(new DateOnly(2026, 2, 17));
        obligations[1].Status.ShouldBe(ObligationStatus.Overdue);
    }

    [Fact]
    public void Closing_the_episode_ends_the_oversight_duty()
    {
        var obligations = Derive(StatutoryRuleTable.England, new DateOnly(2026, 4, 1),
            (ReferralReceived, new DateOnly(2026, 1, 5)), (ClockEventTypes.ManagementOversightRecorded, new DateOnly(2026, 1, 20)), (CinEpisodeClosed, new DateOnly(2026, 2, 1)));

        obligations.ShouldNotContain(o => o.Status == ObligationStatus.Overdue || o.Status == ObligationStatus.Open);
    }

    [Fact]
    public void An_authority_may_set_its_own_oversight_frequency()
    {
        var table = StatutoryRuleTable.England.WithOverrides(new OversightOptions { ManagementOversightWorkingDays = 10 }.RuleOverrides());

        table[OversightRules.ManagementOversight].Timescale.ShouldBe(Timescale.OfWorkingDays(10));
        StatutoryRuleTable.England[OversightRules.ManagementOversight].Timescale.ShouldBe(Timescale.OfWorkingDays(20));
    }

    [Fact]
    public void A_chronology_paragraph_reads_date_source_what_happened_and_impact()
    {
        var line = new ChronologyLine(1, new DateOnly(2026, 3, 4), "Police", "Attended a domestic incident", Manual: true, Significant: true, Impact: "Frightened; did not sleep");

        ChronologyPdf.Paragraph(line).ShouldBe("4 March 2026 — Police — Attended a domestic incident — Significant — Impact: Frightened; did not sleep");
    }

    [Fact]
    public void The_chronology_includes_the_front_door_steps_and_finalised_notes_but_not_drafts()
    {
        ChronologyEventTypes.AllowList.ShouldContain("ContactRecorded");
        ChronologyEventTypes.AllowList.ShouldContain("ThresholdDecisionMade");
        ChronologyEventTypes.AllowList.ShouldContain("CinEpisodeOpened");
        ChronologyEventTypes.AllowList.ShouldContain("CaseNoteFinalised");
        ChronologyEventTypes.AllowList.ShouldNotContain("CaseNoteDrafted");
        ChronologyEventTypes.AllowList.ShouldNotContain(nameof(ChronologyEntryAnnotated));
    }
}
