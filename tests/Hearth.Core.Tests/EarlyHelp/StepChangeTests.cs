using Hearth.Core.EarlyHelp;
using Hearth.Core.Statutory;
using Hearth.Core.Validation;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.EarlyHelp;

public class StepChangeTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Team = Guid.NewGuid();

    private static StepChange StepDown(DateOnly date) =>
        StepChange.Record(Guid.NewGuid(), StepDirection.StepDown, date, "Needs now met at the universal level with support", Team, "Safeguarding team 2", Today, Now, "Sam Okafor");

    private static StepChange StepUp(DateOnly date) =>
        StepChange.Record(Guid.NewGuid(), StepDirection.StepUp, date, "Disclosure at school", Team, "Parkside Primary", Today, Now, "Sam Okafor");

    private static IReadOnlyList<FieldError> Refused(Action action) => Should.Throw<ValidationFailedException>(action).Errors;

    [Fact]
    public void A_step_needs_a_date_a_reason_and_the_receiving_team()
    {
        var errors = Refused(() => StepChange.Record(Guid.NewGuid(), StepDirection.StepUp, null, "", null, "Early help", Today, Now, "Sam"));

        errors.ShouldBe([
            new FieldError("Date", "Enter the date of the step-up"),
            new FieldError("Reason", "Enter the reason for the step-up"),
            new FieldError("ReceivingTeamId", "Select the team the child is going to"),
        ]);
    }

    [Fact]
    public void A_step_dated_in_the_future_is_refused()
    {
        Refused(() => StepDown(Today.AddDays(1))).Single().Message.ShouldBe("The date of the step-down must be today or in the past");
    }

    [Fact]
    public void The_receiving_team_accepts_once_and_not_before_the_step()
    {
        var step = StepUp(Today.AddDays(-3));

        Refused(() => step.Accept(Today.AddDays(-4), Today, "Manager Mo", null)).Single().Field.ShouldBe("DecisionDate");
        step.Accept(Today.AddDays(-1), Today, "Manager Mo", null);

        step.Status.ShouldBe(StepChangeStatus.Accepted);
        step.AcceptedByName.ShouldBe("Manager Mo");
        step.ReceivingTeamId.ShouldBe(Team);
        Refused(() => step.Decline(Today, "Changed my mind", Today, "Manager Mo")).Single().Field.ShouldBe("Decision");
    }

    [Fact]
    public void A_front_door_step_down_with_no_team_becomes_the_accepting_team()
    {
        var step = new StepChange { PersonId = Guid.NewGuid(), Direction = StepDirection.StepDown, Date = Today, Reason = "Early help", FromDescription = "Front door" };
        var acceptingTeam = Guid.NewGuid();

        step.Accept(Today, Today, "Manager Mo", acceptingTeam);

        step.ReceivingTeamId.ShouldBe(acceptingTeam);
    }

    [Fact]
    public void Declining_needs_a_reason()
    {
        var step = StepDown(Today);

        Refused(() => step.Decline(Today, "", Today, "Manager Mo")).Single().Message.ShouldBe("Enter why the step-down is declined");
        step.Status.ShouldBe(StepChangeStatus.AwaitingDecision);
    }

    [Fact]
    public void Only_a_step_down_still_waiting_for_consent_is_chased()
    {
        var up = StepUp(Today);
        var returned = StepDown(Today.AddDays(-5));
        returned.RecordConsentReturned(Today.AddDays(-2), Today);

        Refused(() => up.RecordChase(new StepDownChaseInput(Today, ChaseMethod.Phone, null), Today, Now, "Sam")).Single().Message.ShouldBe("Only a step-down waits for the family's consent");
        Refused(() => returned.RecordChase(new StepDownChaseInput(Today, ChaseMethod.Phone, null), Today, Now, "Sam")).Single().Message
            .ShouldBe("The family's consent was already returned on 21 November 2026");
    }

    [Fact]
    public void A_chase_needs_a_method_and_cannot_come_before_the_step_down()
    {
        var step = StepDown(Today.AddDays(-5));

        var errors = Refused(() => step.RecordChase(new StepDownChaseInput(Today.AddDays(-6), null, null), Today, Now, "Sam"));

        errors.Select(e => e.Field).ShouldBe(["Date", "Method"]);
        step.Chases.ShouldBeEmpty();
    }

    [Fact]
    public void Escalation_needs_who_and_why_and_happens_once()
    {
        var step = StepDown(Today.AddDays(-20));

        Refused(() => step.Escalate(Today, "", "", Today, "Sam")).Select(e => e.Field).ShouldBe(["EscalatedTo", "EscalationNote"]);
        step.Escalate(Today, "Jo Patel, early help manager", "No reply to three calls and a letter", Today, "Sam");

        step.EscalatedOn.ShouldBe(Today);
        Refused(() => step.Escalate(Today, "Someone else", "Again", Today, "Sam")).Single().Message.ShouldBe("This step-down was already escalated on 23 November 2026");
    }

    [Fact]
    public void A_declined_step_down_no_longer_waits_for_paperwork()
    {
        var step = StepDown(Today);
        step.AwaitsPaperwork.ShouldBeTrue();

        step.Decline(Today, "Family already open to a child in need plan", Today, "Manager Mo");

        step.AwaitsPaperwork.ShouldBeFalse();
        Refused(() => step.RecordConsentReturned(Today, Today)).Single().Message.ShouldBe("This step-down was declined");
    }
}

public class PaperworkClockTests
{
    private static readonly EarlyHelpOptions Defaults = new();
    private static readonly IWorkingDayCalendar Calendar = HolidayCalendar.EnglandAndWales;

    private static StepChange SteppedDownOn(DateOnly date) =>
        StepChange.Record(Guid.NewGuid(), StepDirection.StepDown, date, "Reason", Guid.NewGuid(), "Team", date, DateTime.UtcNow, "Sam");

    [Fact]
    public void A_step_down_is_chased_after_5_working_days_and_escalated_after_10_by_default()
    {
        // Monday 2 November 2026: 5 working days on is Monday 9th, 10 is Monday 16th.
        var step = SteppedDownOn(new DateOnly(2026, 11, 2));

        StepDownsAwaitingPaperwork.ClockFor(step, new DateOnly(2026, 11, 6), Defaults, Calendar).Status.ShouldBe(PaperworkStatus.Waiting);
        var chase = StepDownsAwaitingPaperwork.ClockFor(step, new DateOnly(2026, 11, 9), Defaults, Calendar);
        chase.Status.ShouldBe(PaperworkStatus.ChaseDue);
        chase.ChaseDueOn.ShouldBe(new DateOnly(2026, 11, 9));
        chase.EscalationDueOn.ShouldBe(new DateOnly(2026, 11, 16));
        StepDownsAwaitingPaperwork.ClockFor(step, new DateOnly(2026, 11, 16), Defaults, Calendar).Status.ShouldBe(PaperworkStatus.EscalationDue);
    }

    [Fact]
    public void The_next_chase_counts_from_the_last_chase_but_escalation_still_counts_from_the_step_down()
    {
        var step = SteppedDownOn(new DateOnly(2026, 11, 2));
        step.RecordChase(new StepDownChaseInput(new DateOnly(2026, 11, 9), ChaseMethod.Phone, null), new DateOnly(2026, 11, 9), DateTime.UtcNow, "Sam");

        var clock = StepDownsAwaitingPaperwork.ClockFor(step, new DateOnly(2026, 11, 10), Defaults, Calendar);

        clock.Status.ShouldBe(PaperworkStatus.Waiting);
        clock.LastChasedOn.ShouldBe(new DateOnly(2026, 11, 9));
        clock.ChaseDueOn.ShouldBe(new DateOnly(2026, 11, 16));
        clock.EscalationDueOn.ShouldBe(new DateOnly(2026, 11, 16));
    }

    [Fact]
    public void Bank_holidays_do_not_count_and_the_periods_are_the_authority_s_to_set()
    {
        // Wednesday 23 December 2026: Christmas Day and Boxing Day (substitute Monday 28th) are not working days.
        var step = SteppedDownOn(new DateOnly(2026, 12, 23));
        var options = new EarlyHelpOptions { ChaseStepDownAfterWorkingDays = 2, EscalateStepDownAfterWorkingDays = 3 };

        var clock = StepDownsAwaitingPaperwork.ClockFor(step, new DateOnly(2026, 12, 23), options, Calendar);

        clock.ChaseDueOn.ShouldBe(new DateOnly(2026, 12, 29));
        clock.EscalationDueOn.ShouldBe(new DateOnly(2026, 12, 30));
    }

    [Fact]
    public void An_escalated_step_down_shows_as_escalated_however_late_it_is()
    {
        var step = SteppedDownOn(new DateOnly(2026, 10, 1));
        step.Escalate(new DateOnly(2026, 10, 20), "Jo Patel", "No reply", new DateOnly(2026, 10, 20), "Sam");

        StepDownsAwaitingPaperwork.ClockFor(step, new DateOnly(2026, 11, 23), Defaults, Calendar).Status.ShouldBe(PaperworkStatus.Escalated);
    }
}
