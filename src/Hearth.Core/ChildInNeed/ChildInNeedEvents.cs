using Hearth.Core.Audit;

namespace Hearth.Core.ChildInNeed;

public sealed record CinPlanDrafted(Guid PlanId, Guid EpisodeId, Guid PersonId, DateOnly StartDate) : IProcessEvent
{
    public string Summary => $"Child in need plan drafted, starting {StartDate:d MMMM yyyy}";
}

public sealed record CinPlanOutcomeAdded(Guid PlanId, Guid OutcomeId, int Number, string WhatNeedsToChange, DateOnly? ReviewDate) : IProcessEvent
{
    public string Summary => $"Child in need plan outcome {Number} added: {WhatNeedsToChange}";
}

public sealed record CinPlanActionAdded(Guid PlanId, Guid OutcomeId, Guid ActionId, string What, string? Owner, DateOnly? ByDate) : IProcessEvent
{
    public string Summary => Owner is null
        ? $"Child in need plan action added: {What}"
        : $"Child in need plan action added: {Owner} to {What}{(ByDate is { } d ? $" by {d:d MMMM yyyy}" : "")}";
}

public sealed record CinActionSnapshot(string What, string? Owner, DateOnly? ByDate);

public sealed record CinPlanActionChanged(Guid PlanId, Guid OutcomeId, Guid ActionId, CinActionSnapshot Old, CinActionSnapshot New, IReadOnlyList<FieldChange> Changes)
    : IProcessEvent
{
    public string Summary => New.Owner is null
        ? $"Child in need plan action changed: {New.What}"
        : $"Child in need plan action changed: {New.Owner} to {New.What}{(New.ByDate is { } d ? $" by {d:d MMMM yyyy}" : "")}";
}

public sealed record CinPlanProgressRated(Guid PlanId, Guid OutcomeId, int Number, ProgressRating Old, ProgressRating New) : IProcessEvent
{
    public string Summary => $"Child in need plan outcome {Number}: progress rated {New.Label().ToLowerInvariant()} (was {Old.Label().ToLowerInvariant()})";
}

public sealed record CinPlanFinalised(Guid PlanId, Guid EpisodeId, DateOnly StartDate, DateOnly FinalisedOn, int Outcomes, int Actions) : IProcessEvent
{
    public string Summary => $"Child in need plan finalised: {Outcomes} outcome{(Outcomes == 1 ? "" : "s")}, {Actions} action{(Actions == 1 ? "" : "s")}";
}

public sealed record CinPlanReviewed(Guid PlanId, Guid ReviewId, DateOnly Date, string Attendees, string Progress, DateOnly NextReviewDate) : IProcessEvent
{
    public string Summary => $"Child in need plan reviewed on {Date:d MMMM yyyy}; next review by {NextReviewDate:d MMMM yyyy}";
}

public sealed record CinPlanEnded(Guid PlanId, Guid EpisodeId, DateOnly EndDate, string Reason) : IProcessEvent
{
    public string Summary => $"Child in need plan ended on {EndDate:d MMMM yyyy}: {Reason}";
}

public sealed record ChildVisited(Guid VisitId, Guid EpisodeId, VisitPurpose Purpose, DateOnly Date, string VisitedBy, bool ChildSeen, bool SeenAlone,
    VisitLocation Location, string? LocationDetail) : IProcessEvent
{
    public string Summary => $"{(Purpose == VisitPurpose.ChildProtection ? "Child protection" : "Child in need")} visit on {Date:d MMMM yyyy} by {VisitedBy}: "
        + (ChildSeen ? SeenAlone ? "child seen alone" : "child seen, not alone" : "child not seen");
}

public sealed record CinEpisodeClosed(Guid EpisodeId, DateOnly CloseDate, string ReasonForClosure, string ReasonLabel, bool ReferralNfa, string ClosureSummary, IReadOnlyList<Guid> PlansEnded)
    : IProcessEvent
{
    public string Summary => $"Child in need episode closed on {CloseDate:d MMMM yyyy}: {ReasonForClosure} {ReasonLabel.ToLowerInvariant()}";
}

public sealed record CinEpisodeReopened(Guid EpisodeId, DateOnly ClosedOn, string WasReasonForClosure, string Reason) : IProcessEvent
{
    public string Summary => $"Child in need episode reopened (closed on {ClosedOn:d MMMM yyyy}): {Reason}";
}

public sealed record CinEpisodeTransferred(Guid TransferId, Guid EpisodeId, Guid? FromTeamId, string? FromTeam, Guid ToTeamId, string ToTeam, DateOnly Date, string Direction)
    : IProcessEvent
{
    public string Summary => $"Case transferred from {FromTeam ?? "no team"} to {ToTeam} on {Date:d MMMM yyyy}. Manager’s direction: {Direction}";
}

public sealed record CinVisitingFrequencySet(Guid EpisodeId, int Old, int New) : IProcessEvent
{
    public string Summary => $"Child in need visiting frequency set to every {New} working days (was {Old})";
}
