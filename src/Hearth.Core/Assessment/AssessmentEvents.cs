using Hearth.Core.Audit;

namespace Hearth.Core.Assessment;

/// <summary>What an assessment said at one moment, for the Old/New of its events.</summary>
public sealed record AssessmentSnapshot(AssessmentStatus Status, DateOnly StartDate, DateOnly? ChildSeenDate, DateOnly? ChildSeenAloneDate,
    string? ChildViews, string? HowViewsGathered, string? ParentsViews, string? IdentityAndDiversity, string? IdentityInAnalysis,
    string? HistoryConsidered, string? Analysis, IReadOnlyList<string> Factors, string? Recommendation, AssessmentOutcome? Outcome,
    string? PrimaryNeedCode, string? LateReason)
{
    public static AssessmentSnapshot Of(ChildAndFamilyAssessment a) => new(a.Status, a.StartDate, a.ChildSeenDate, a.ChildSeenAloneDate,
        a.ChildViews, a.HowViewsGathered, a.ParentsViews, a.IdentityAndDiversity, a.IdentityInAnalysis, a.HistoryConsidered, a.Analysis,
        a.Factors, a.Recommendation, a.Outcome, a.PrimaryNeedCode, a.LateReason);
}

public sealed record AssessmentStarted(Guid AssessmentId, Guid EpisodeId, Guid PersonId, AssessmentKind Kind, DateOnly StartDate, DateOnly DueDate,
    AssessmentSnapshot New) : IProcessEvent
{
    public string Summary => $"{Kind.Label()} started on {StartDate:d MMMM yyyy} (due by {DueDate:d MMMM yyyy})";
}

public sealed record AssessmentUpdated(Guid AssessmentId, Guid EpisodeId, Guid PersonId, AssessmentSnapshot Old, AssessmentSnapshot New,
    IReadOnlyList<FieldChange> Changes) : IProcessEvent
{
    public string Summary => "Child and family assessment draft updated";
}

public sealed record AssessmentSubmitted(Guid AssessmentId, Guid EpisodeId, Guid PersonId, DateOnly SubmittedOn, DateOnly DueDate, string? LateReason,
    AssessmentSnapshot New) : IProcessEvent
{
    public string Summary => $"Child and family assessment submitted for authorisation on {SubmittedOn:d MMMM yyyy}";
}

public sealed record AssessmentAuthorised(Guid AssessmentId, Guid EpisodeId, Guid PersonId, DateOnly AuthorisedOn, string AuthorisedBy,
    DateOnly DueDate, int WorkingDaysLate, string? LateReason, AssessmentOutcome? Outcome, IReadOnlyList<string> Factors,
    AssessmentSnapshot Old, AssessmentSnapshot New) : IProcessEvent
{
    public string Summary => WorkingDaysLate > 0
        ? $"Child and family assessment authorised by {AuthorisedBy} on {AuthorisedOn:d MMMM yyyy}, {WorkingDaysLate} working days late; outcome: {Outcome?.Label().ToLowerInvariant()}"
        : $"Child and family assessment authorised by {AuthorisedBy} on {AuthorisedOn:d MMMM yyyy}; outcome: {Outcome?.Label().ToLowerInvariant()}";
}

public sealed record AssessmentReturned(Guid AssessmentId, Guid EpisodeId, Guid PersonId, Guid ReturnId, string ReturnedBy, string Comments) : IProcessEvent
{
    public string Summary => $"Child and family assessment returned to the worker by {ReturnedBy} with comments";
}
