using Hearth.Core.Validation;

namespace Hearth.Core.EarlyHelp;

/// <summary>What the family asked for and when they agreed to it.</summary>
public sealed record EarlyHelpRequest(DateOnly? RequestedOn, EarlyHelpRequester? RequestedBy, string? Reason, bool ConsentGiven, DateOnly? ConsentDate);

/// <summary>The early help assessment: who leads it, when it ran, and the needs it found.</summary>
public sealed record EarlyHelpAssessment(DateOnly? StartDate, DateOnly? CompletedDate, string? LeadProfessionalName, string? LeadOrganisation,
    string? NeedsIdentified);

public sealed record EarlyHelpMeetingInput(EarlyHelpMeetingKind? Kind, DateOnly? Date, string? Attendees, string? Notes);

public sealed record EarlyHelpClosure(DateOnly? ClosedOn, EarlyHelpClosureOutcome? Outcome, string? Note);

/// <summary>
/// A child's episode of early help: from the family's request (with their consent: early help is
/// voluntary, Working Together 2023 ch.2) through the assessment and the team around the family's
/// meetings and reviews, to closure with an outcome. The rules that must always hold are checked here,
/// so the service, the pages and the API all refuse the same bad input with the same GOV.UK messages.
/// </summary>
public sealed class EarlyHelpEpisode
{
    public const int MaxText = 20_000;
    public const int MaxShortText = 200;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid PersonId { get; set; }
    public DateOnly RequestedOn { get; private set; }
    public EarlyHelpRequester RequestedBy { get; private set; }
    public string RequestReason { get; private set; } = "";
    public bool ConsentGiven { get; private set; }
    public DateOnly? ConsentDate { get; private set; }
    public string? LeadProfessionalName { get; private set; }
    public string? LeadOrganisation { get; private set; }
    public DateOnly? AssessmentStartDate { get; private set; }
    public DateOnly? AssessmentCompletedDate { get; private set; }
    public string? NeedsIdentified { get; private set; }

    /// <summary>The step-down this episode came from, when it did.</summary>
    public Guid? StepChangeId { get; private set; }

    public DateOnly? ClosedOn { get; private set; }
    public EarlyHelpClosureOutcome? ClosureOutcome { get; private set; }
    public string? ClosureNote { get; private set; }
    public DateTime OpenedAt { get; private set; }
    public string OpenedByName { get; private set; } = "";
    public List<EarlyHelpMeeting> Meetings { get; init; } = [];

    public bool IsOpen => ClosedOn is null;

    public static EarlyHelpEpisode Open(Guid personId, EarlyHelpRequest request, DateOnly today, DateTime now, string openedBy,
        Guid? stepChangeId = null)
    {
        var errors = new ErrorList();
        PastDate(errors, "RequestedOn", request.RequestedOn, today, "the date early help was requested");
        if (request.RequestedBy is null || !Enum.IsDefined(request.RequestedBy.Value))
        {
            errors.Add("RequestedBy", "Select who asked for early help");
        }
        errors.Required("Reason", request.Reason, "Enter what help the family needs");
        errors.MaxLength("Reason", request.Reason, MaxText, "What help the family needs");
        if (!request.ConsentGiven)
        {
            errors.Add("ConsentGiven", "Early help is voluntary: record the request once the family has given consent");
        }
        else
        {
            PastDate(errors, "ConsentDate", request.ConsentDate, today, "the date the family gave consent");
        }
        errors.ThrowIfAny();
        return new EarlyHelpEpisode
        {
            PersonId = personId,
            RequestedOn = request.RequestedOn!.Value,
            RequestedBy = request.RequestedBy!.Value,
            RequestReason = request.Reason!.Trim(),
            ConsentGiven = true,
            ConsentDate = request.ConsentDate,
            StepChangeId = stepChangeId,
            OpenedAt = now,
            OpenedByName = openedBy,
        };
    }

    /// <summary>Records the assessment, or corrects it: a started assessment is later completed by recording it again.</summary>
    public void RecordAssessment(EarlyHelpAssessment assessment, DateOnly today)
    {
        var errors = new ErrorList();
        EnsureOpen(errors, "StartDate");
        PastDate(errors, "StartDate", assessment.StartDate, today, "the date the assessment started");
        if (assessment.StartDate is { } start && start < RequestedOn)
        {
            errors.Add("StartDate", $"The date the assessment started must be on or after the date early help was requested ({RequestedOn:d MMMM yyyy})");
        }
        if (assessment.CompletedDate is { } completed)
        {
            if (completed > today)
            {
                errors.Add("CompletedDate", "The date the assessment was completed must be today or in the past");
            }
            else if (assessment.StartDate is { } s && completed < s)
            {
                errors.Add("CompletedDate", "The date the assessment was completed must be the same as or after the date it started");
            }
            errors.Required("NeedsIdentified", assessment.NeedsIdentified, "Enter the needs the assessment identified");
        }
        errors.Required("LeadProfessionalName", assessment.LeadProfessionalName, "Enter the name of the lead professional");
        errors.MaxLength("LeadProfessionalName", assessment.LeadProfessionalName, MaxShortText, "The name of the lead professional");
        errors.Required("LeadOrganisation", assessment.LeadOrganisation, "Enter the lead professional's organisation");
        errors.MaxLength("LeadOrganisation", assessment.LeadOrganisation, MaxShortText, "The organisation");
        errors.MaxLength("NeedsIdentified", assessment.NeedsIdentified, MaxText, "The needs identified");
        errors.ThrowIfAny();
        AssessmentStartDate = assessment.StartDate;
        AssessmentCompletedDate = assessment.CompletedDate;
        LeadProfessionalName = assessment.LeadProfessionalName!.Trim();
        LeadOrganisation = assessment.LeadOrganisation!.Trim();
        NeedsIdentified = string.IsNullOrWhiteSpace(assessment.NeedsIdentified) ? null : assessment.NeedsIdentified.Trim();
    }

    public EarlyHelpMeeting AddMeeting(EarlyHelpMeetingInput input, DateOnly today, DateTime now, string recordedBy)
    {
        var errors = new ErrorList();
        EnsureOpen(errors, "Kind");
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors.Add("Kind", "Select the kind of meeting");
        }
        PastDate(errors, "Date", input.Date, today, "the date of the meeting");
        if (input.Date is { } date && date < RequestedOn)
        {
            errors.Add("Date", $"The date of the meeting must be on or after the date early help was requested ({RequestedOn:d MMMM yyyy})");
        }
        errors.Required("Attendees", input.Attendees, "Enter who attended");
        errors.MaxLength("Attendees", input.Attendees, MaxText, "Who attended");
        errors.Required("Notes", input.Notes, "Enter what was discussed and agreed");
        errors.MaxLength("Notes", input.Notes, MaxText, "What was discussed and agreed");
        errors.ThrowIfAny();
        var meeting = new EarlyHelpMeeting
        {
            EpisodeId = Id,
            Kind = input.Kind!.Value,
            Date = input.Date!.Value,
            Attendees = input.Attendees!.Trim(),
            Notes = input.Notes!.Trim(),
            RecordedAt = now,
            RecordedByName = recordedBy,
        };
        Meetings.Add(meeting);
        return meeting;
    }

    public void Close(EarlyHelpClosure closure, DateOnly today)
    {
        var errors = new ErrorList();
        if (!IsOpen)
        {
            errors.Add("ClosedOn", "This early help episode is already closed");
            errors.ThrowIfAny();
        }
        PastDate(errors, "ClosedOn", closure.ClosedOn, today, "the date the episode closed");
        if (closure.ClosedOn is { } closed)
        {
            // Nothing the episode records may come after its closure.
            var latest = new[] { (DateOnly?)RequestedOn, AssessmentStartDate, AssessmentCompletedDate, Meetings.Count == 0 ? null : Meetings.Max(m => m.Date) }
                .Where(d => d is not null).Max()!.Value;
            if (closed < latest)
            {
                errors.Add("ClosedOn", $"The date the episode closed must be on or after {latest:d MMMM yyyy}, the last date it records");
            }
        }
        if (closure.Outcome is null || !Enum.IsDefined(closure.Outcome.Value))
        {
            errors.Add("Outcome", "Select the outcome");
        }
        else if (closure.Outcome == EarlyHelpClosureOutcome.Other)
        {
            errors.Required("Note", closure.Note, "Enter the outcome");
        }
        errors.MaxLength("Note", closure.Note, MaxText, "The note");
        errors.ThrowIfAny();
        ClosedOn = closure.ClosedOn;
        ClosureOutcome = closure.Outcome;
        ClosureNote = string.IsNullOrWhiteSpace(closure.Note) ? null : closure.Note.Trim();
    }

    private void EnsureOpen(ErrorList errors, string field)
    {
        if (!IsOpen)
        {
            errors.Add(field, "This early help episode is closed: request early help again to start a new one");
            errors.ThrowIfAny();
        }
    }

    /// <summary>A required date that has happened: GOV.UK wording for a missing or a future date.</summary>
    internal static void PastDate(ErrorList errors, string field, DateOnly? date, DateOnly today, string what)
    {
        if (date is null)
        {
            errors.Add(field, $"Enter {what}");
        }
        else if (date > today)
        {
            errors.Add(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be today or in the past");
        }
    }
}

/// <summary>A team around the family meeting or a plan review.</summary>
public sealed class EarlyHelpMeeting
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid EpisodeId { get; init; }
    public EarlyHelpMeetingKind Kind { get; init; }
    public DateOnly Date { get; init; }
    public string Attendees { get; init; } = "";
    public string Notes { get; init; } = "";
    public DateTime RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";
}
