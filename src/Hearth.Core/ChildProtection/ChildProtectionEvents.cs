using Hearth.Core.Audit;

namespace Hearth.Core.ChildProtection;

public sealed record StrategyDiscussionRecorded(Guid StrategyDiscussionId, Guid EpisodeId, Guid PersonId, DateOnly HeldOn, TimeOnly HeldAt,
    IReadOnlyList<string> Attendees, StrategyDecision Decision, string? AlternativePlan, string ImmediateSafetyActions, DateOnly? InitialConferenceTarget) : IProcessEvent
{
    public string Summary => InitialConferenceTarget is { } target
        ? $"Strategy discussion on {HeldOn:d MMMM yyyy}: {Decision.Label()}; initial conference due by {target:d MMMM yyyy}"
        : $"Strategy discussion on {HeldOn:d MMMM yyyy}: {Decision.Label()}";
}

public sealed record Section47EnquiryStarted(Guid EnquiryId, Guid EpisodeId, Guid PersonId, Guid StrategyDiscussionId, DateOnly StartDate,
    DateOnly InitialCpcTarget, DateOnly? ChildSeenOn, DateOnly? ChildSeenAloneOn, DateOnly? MedicalOn) : IProcessEvent
{
    public string Summary => $"Section 47 enquiry started on {StartDate:d MMMM yyyy}; initial conference due by {InitialCpcTarget:d MMMM yyyy}";
}

public sealed record Section47OutcomeRecorded(Guid EnquiryId, Guid EpisodeId, Guid PersonId, DateOnly OutcomeDate, Section47Outcome Outcome, string? Notes) : IProcessEvent
{
    public string Summary => $"Section 47 enquiry concluded on {OutcomeDate:d MMMM yyyy}: {Outcome.Label()}";
}

public sealed record InitialChildProtectionConferenceHeld(Guid ConferenceId, Guid EpisodeId, Guid PersonId, Guid EnquiryId, DateOnly Date,
    DateOnly TargetDate, int WorkingDaysFromStrategyDiscussion, string Chair, ConferenceDecision Decision, CategoryOfAbuse? Category,
    bool ChildAttended, bool ChildHadAdvocate, bool ChildViewsConveyed) : IProcessEvent
{
    public string Summary => $"Initial child protection conference on {Date:d MMMM yyyy} (working day {WorkingDaysFromStrategyDiscussion}, {(Date <= TargetDate ? "on time" : "late")}): {Decision.Label()}"
        + (Category is { } c ? $", {c.Label().ToLowerInvariant()}" : "");
}

public sealed record ChildProtectionPlanStarted(Guid PlanId, Guid EpisodeId, Guid PersonId, Guid ConferenceId, DateOnly StartDate,
    CategoryOfAbuse Category, int PreviousPlans) : IProcessEvent
{
    public string Summary => PreviousPlans > 0
        ? $"Child protection plan started on {StartDate:d MMMM yyyy} under {Category.Label().ToLowerInvariant()} (plan {PreviousPlans + 1}: a subsequent plan)"
        : $"Child protection plan started on {StartDate:d MMMM yyyy} under {Category.Label().ToLowerInvariant()}";
}

public sealed record CoreGroupMeetingRecorded(Guid MeetingId, Guid PlanId, Guid PersonId, DateOnly Date, string Attendees, string Notes) : IProcessEvent
{
    public string Summary => $"Core group meeting on {Date:d MMMM yyyy}";
}

public sealed record ReviewChildProtectionConferenceRecorded(Guid ReviewId, Guid PlanId, Guid PersonId, DateOnly Date, string Chair, bool ContinuePlan,
    CategoryOfAbuse OldCategory, CategoryOfAbuse? NewCategory) : IProcessEvent
{
    public string Summary => ContinuePlan
        ? (NewCategory != OldCategory
            ? $"Review child protection conference on {Date:d MMMM yyyy}: plan continues, category changed from {OldCategory.Label().ToLowerInvariant()} to {NewCategory?.Label().ToLowerInvariant()}"
            : $"Review child protection conference on {Date:d MMMM yyyy}: plan continues")
        : $"Review child protection conference on {Date:d MMMM yyyy}: plan ends";
}

public sealed record ChildProtectionVisitRecorded(Guid VisitId, Guid PlanId, Guid PersonId, DateOnly Date, bool ChildSeen, bool ChildSeenAlone) : IProcessEvent
{
    public string Summary => $"Child protection visit on {Date:d MMMM yyyy}" + (ChildSeenAlone ? ": child seen alone" : ChildSeen ? ": child seen" : ": child not seen");
}

public sealed record ChildProtectionPlanEnded(Guid PlanId, Guid PersonId, DateOnly EndDate, ChildProtectionPlanEndReason Reason, string? Notes,
    int? StepDownCinPlanWeeks, DateOnly? StepDownCinPlanUntil) : IProcessEvent
{
    public string Summary => $"Child protection plan ended on {EndDate:d MMMM yyyy}: {Reason.Label().ToLowerInvariant()}";
}

/// <summary>A plan ended for reduced risk: the child needs a child in need plan for at least the given weeks (the CIN plan area listens for this).</summary>
public sealed record StepDownCinPlanNeeded(Guid PlanId, Guid EpisodeId, Guid PersonId, DateOnly From, int Weeks, DateOnly Until) : IProcessEvent
{
    public string Summary => $"Step down to a child in need plan for at least {Weeks} weeks (until {Until:d MMMM yyyy})";
}

public sealed record TransferInConferenceHeld(Guid ConferenceId, Guid EpisodeId, Guid PersonId, string TransferredFrom, DateOnly NoticeReceivedOn, DateOnly Date,
    DateOnly TargetDate, string Chair, ConferenceDecision Decision, CategoryOfAbuse? Category) : IProcessEvent
{
    public string Summary => Decision == ConferenceDecision.Plan
        ? $"Transfer-in conference (from {TransferredFrom}): child protection plan ({Category?.Label()})"
        : $"Transfer-in conference (from {TransferredFrom}): no plan";
}
