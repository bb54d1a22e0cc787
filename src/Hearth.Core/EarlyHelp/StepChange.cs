using Hearth.Core.Validation;

namespace Hearth.Core.EarlyHelp;

public enum StepDirection
{
    /// <summary>From children's social care (or the front door) to early help.</summary>
    StepDown = 1,

    /// <summary>From early help to children's social care.</summary>
    StepUp = 2,
}

public sealed record StepDownChaseInput(DateOnly? Date, ChaseMethod? Method, string? Notes);

/// <summary>
/// A child moving between early help and children's social care: when, why, from where, and whether
/// the receiving team has accepted. Ofsted letters found these moves "not monitored"; each one is a
/// row here so the monitoring page can count them and time their acceptance. A step-down also waits
/// for the family: early help needs their consent, so the paperwork is chased and, after the
/// authority's configured period, escalated (<see cref="EarlyHelpOptions"/>).
/// </summary>
public sealed class StepChange
{
    public const int MaxText = 20_000;
    public const int MaxShortText = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public StepDirection Direction { get; init; }
    public DateOnly Date { get; init; }
    public string Reason { get; init; } = "";

    /// <summary>Where the child came from, e.g. "Front door" or the social care team's name.</summary>
    public string FromDescription { get; init; } = "";

    /// <summary>The team asked to take the child; a front-door step-down has none until a team accepts it.</summary>
    public Guid? ReceivingTeamId { get; private set; }

    /// <summary>The front-door contact that stepped the child down, when there was one.</summary>
    public Guid? ContactId { get; init; }

    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";

    public DateOnly? AcceptedOn { get; private set; }
    public string? AcceptedByName { get; private set; }
    public DateOnly? DeclinedOn { get; private set; }
    public string? DeclinedByName { get; private set; }
    public string? DeclineReason { get; private set; }

    /// <summary>The day the family's consent and paperwork for early help came back (step-downs only).</summary>
    public DateOnly? ConsentReturnedOn { get; private set; }

    public List<StepDownChase> Chases { get; init; } = [];
    public DateOnly? EscalatedOn { get; private set; }
    public string? EscalatedTo { get; private set; }
    public string? EscalationNote { get; private set; }
    public string? EscalatedByName { get; private set; }

    public StepChangeStatus Status => AcceptedOn is not null ? StepChangeStatus.Accepted
        : DeclinedOn is not null ? StepChangeStatus.Declined
        : StepChangeStatus.AwaitingDecision;

    /// <summary>A step-down not declined whose family has not yet returned consent: the one that gets chased.</summary>
    public bool AwaitsPaperwork => Direction == StepDirection.StepDown && DeclinedOn is null && ConsentReturnedOn is null;

    /// <summary>The noun a message uses: "step-down" or "step-up".</summary>
    public string Noun => Direction == StepDirection.StepDown ? "step-down" : "step-up";

    /// <summary>A step recorded by a worker: the date, the reason and the team asked to take the child are all required.</summary>
    public static StepChange Record(Guid personId, StepDirection direction, DateOnly? date, string? reason, Guid? receivingTeamId,
        string from, DateOnly today, DateTime now, string recordedBy)
    {
        var noun = direction == StepDirection.StepDown ? "step-down" : "step-up";
        var errors = new ErrorList();
        EarlyHelpEpisode.PastDate(errors, "Date", date, today, $"the date of the {noun}");
        errors.Required("Reason", reason, $"Enter the reason for the {noun}");
        errors.MaxLength("Reason", reason, MaxText, "The reason");
        if (receivingTeamId is null)
        {
            errors.Add("ReceivingTeamId", "Select the team the child is going to");
        }
        errors.ThrowIfAny();
        return new StepChange
        {
            PersonId = personId,
            Direction = direction,
            Date = date!.Value,
            Reason = reason!.Trim(),
            FromDescription = from,
            ReceivingTeamId = receivingTeamId,
            RecordedAt = now,
            RecordedByName = recordedBy,
        };
    }

    /// <summary>The receiving team takes the child. A step with no receiving team yet becomes the accepting team's.</summary>
    public void Accept(DateOnly? on, DateOnly today, string acceptedBy, Guid? acceptingTeamId)
    {
        var errors = DecisionErrors(on, today);
        errors.ThrowIfAny();
        AcceptedOn = on;
        AcceptedByName = acceptedBy;
        ReceivingTeamId ??= acceptingTeamId;
    }

    public void Decline(DateOnly? on, string? reason, DateOnly today, string declinedBy)
    {
        var errors = DecisionErrors(on, today);
        errors.Required("DeclineReason", reason, $"Enter why the {Noun} is declined");
        errors.MaxLength("DeclineReason", reason, MaxText, "The reason");
        errors.ThrowIfAny();
        DeclinedOn = on;
        DeclinedByName = declinedBy;
        DeclineReason = reason!.Trim();
    }

    public StepDownChase RecordChase(StepDownChaseInput input, DateOnly today, DateTime now, string chasedBy)
    {
        EnsureAwaitingPaperwork("Date");
        var errors = new ErrorList();
        EarlyHelpEpisode.PastDate(errors, "Date", input.Date, today, "the date of the chase");
        NotBeforeStep(errors, "Date", input.Date, "The date of the chase");
        if (input.Method is null || !Enum.IsDefined(input.Method.Value))
        {
            errors.Add("Method", "Select how the family was chased");
        }
        errors.MaxLength("Notes", input.Notes, MaxText, "The notes");
        errors.ThrowIfAny();
        var chase = new StepDownChase
        {
            StepChangeId = Id,
            Date = input.Date!.Value,
            Method = input.Method!.Value,
            Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
            RecordedAt = now,
            RecordedByName = chasedBy,
        };
        Chases.Add(chase);
        return chase;
    }

    public void RecordConsentReturned(DateOnly? on, DateOnly today)
    {
        EnsureAwaitingPaperwork("ConsentReturnedOn");
        var errors = new ErrorList();
        EarlyHelpEpisode.PastDate(errors, "ConsentReturnedOn", on, today, "the date the consent was returned");
        NotBeforeStep(errors, "ConsentReturnedOn", on, "The date the consent was returned");
        errors.ThrowIfAny();
        ConsentReturnedOn = on;
    }

    public void Escalate(DateOnly? on, string? to, string? note, DateOnly today, string escalatedBy)
    {
        EnsureAwaitingPaperwork("EscalatedOn");
        var errors = new ErrorList();
        if (EscalatedOn is not null)
        {
            errors.Add("EscalatedOn", $"This step-down was already escalated on {EscalatedOn:d MMMM yyyy}");
            errors.ThrowIfAny();
        }
        EarlyHelpEpisode.PastDate(errors, "EscalatedOn", on, today, "the date of the escalation");
        NotBeforeStep(errors, "EscalatedOn", on, "The date of the escalation");
        errors.Required("EscalatedTo", to, "Enter who it was escalated to");
        errors.MaxLength("EscalatedTo", to, MaxShortText, "Who it was escalated to");
        errors.Required("EscalationNote", note, "Enter why it was escalated and what was asked");
        errors.MaxLength("EscalationNote", note, MaxText, "The note");
        errors.ThrowIfAny();
        EscalatedOn = on;
        EscalatedTo = to!.Trim();
        EscalationNote = note!.Trim();
        EscalatedByName = escalatedBy;
    }

    private ErrorList DecisionErrors(DateOnly? on, DateOnly today)
    {
        var errors = new ErrorList();
        if (Status != StepChangeStatus.AwaitingDecision)
        {
            errors.Add("Decision", $"This {Noun} was already {Status.Label().ToLowerInvariant()} on {(AcceptedOn ?? DeclinedOn):d MMMM yyyy}");
            errors.ThrowIfAny();
        }
        EarlyHelpEpisode.PastDate(errors, "DecisionDate", on, today, "the date of the decision");
        NotBeforeStep(errors, "DecisionDate", on, "The date of the decision");
        return errors;
    }

    private void NotBeforeStep(ErrorList errors, string field, DateOnly? date, string what)
    {
        if (date is { } d && d < Date)
        {
            errors.Add(field, $"{what} must be on or after the date of the {Noun} ({Date:d MMMM yyyy})");
        }
    }

    private void EnsureAwaitingPaperwork(string field)
    {
        var message = Direction != StepDirection.StepDown ? "Only a step-down waits for the family's consent"
            : DeclinedOn is not null ? "This step-down was declined"
            : ConsentReturnedOn is not null ? $"The family's consent was already returned on {ConsentReturnedOn:d MMMM yyyy}"
            : null;
        if (message is not null)
        {
            throw ValidationFailedException.For(field, message);
        }
    }
}

/// <summary>One attempt to get a stepped-down family's consent or paperwork back.</summary>
public sealed class StepDownChase
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid StepChangeId { get; init; }
    public DateOnly Date { get; init; }
    public ChaseMethod Method { get; init; }
    public string? Notes { get; init; }
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
