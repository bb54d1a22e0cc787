using Hearth.Core.Audit;

namespace Hearth.Core.EarlyHelp;

public sealed record EarlyHelpAssessmentSnapshot(DateOnly? StartDate, DateOnly? CompletedDate, string? LeadProfessionalName,
    string? LeadOrganisation, string? NeedsIdentified)
{
    public static EarlyHelpAssessmentSnapshot Of(EarlyHelpEpisode e) =>
        new(e.AssessmentStartDate, e.AssessmentCompletedDate, e.LeadProfessionalName, e.LeadOrganisation, e.NeedsIdentified);
}

public sealed record EarlyHelpRequested(Guid EpisodeId, Guid PersonId, DateOnly RequestedOn, EarlyHelpRequester RequestedBy, string Reason,
    DateOnly? ConsentDate, Guid? StepChangeId) : IProcessEvent
{
    public string Summary => StepChangeId is null
        ? $"Early help requested by {RequestedBy.Label().ToLowerInvariant()} on {RequestedOn:d MMMM yyyy}, with the family's consent"
        : $"Early help opened from the step-down of {RequestedOn:d MMMM yyyy}, with the family's consent";
}

public sealed record EarlyHelpAssessmentRecorded(Guid EpisodeId, Guid PersonId, EarlyHelpAssessmentSnapshot Old, EarlyHelpAssessmentSnapshot New,
    IReadOnlyList<FieldChange> Changes) : IProcessEvent
{
    public string Summary => New.CompletedDate is { } completed
        ? $"Early help assessment completed on {completed:d MMMM yyyy} (lead professional {New.LeadProfessionalName}, {New.LeadOrganisation})"
        : $"Early help assessment started on {New.StartDate:d MMMM yyyy} (lead professional {New.LeadProfessionalName}, {New.LeadOrganisation})";
}

public sealed record EarlyHelpMeetingRecorded(Guid EpisodeId, Guid MeetingId, Guid PersonId, EarlyHelpMeetingKind Kind, DateOnly Date,
    string Attendees, string Notes) : IProcessEvent
{
    public string Summary => $"{Kind.Label()} on {Date:d MMMM yyyy}";
}

public sealed record EarlyHelpEpisodeClosed(Guid EpisodeId, Guid PersonId, DateOnly ClosedOn, EarlyHelpClosureOutcome Outcome, string? Note) : IProcessEvent
{
    public string Summary => $"Early help closed on {ClosedOn:d MMMM yyyy}: {Outcome.Label().ToLowerInvariant()}";
}
