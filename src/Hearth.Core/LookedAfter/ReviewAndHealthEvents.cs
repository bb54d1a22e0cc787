using Hearth.Core.Audit;

namespace Hearth.Core.LookedAfter;

public sealed record LookedAfterReviewRecorded(Guid ReviewId, Guid CarePeriodId, DateOnly HeldOn, string ChairName, string ParticipationCode) : IProcessEvent
{
    public string Summary => $"Looked-after review held on {HeldOn:d MMMM yyyy}, chaired by {ChairName}";
}

public sealed record LookedAfterChildVisited(Guid VisitId, Guid CarePeriodId, DateOnly VisitedOn, string VisitedBy, bool ChildSeen, bool SeenAlone) : IProcessEvent
{
    public string Summary => $"Statutory visit on {VisitedOn:d MMMM yyyy} by {VisitedBy}: "
        + (ChildSeen ? SeenAlone ? "child seen alone" : "child seen, not alone" : "child not seen");
}

public sealed record IroChallengeRaised(Guid ChallengeId, Guid CarePeriodId, DateOnly RaisedOn, string RaisedBy, bool Formal) : IProcessEvent
{
    public string Summary => $"{(Formal ? "Formal" : "Informal")} challenge raised by the IRO ({RaisedBy}) on {RaisedOn:d MMMM yyyy}";
}

public sealed record IroChallengeResolved(Guid ChallengeId, Guid CarePeriodId, DateOnly ResolvedOn) : IProcessEvent
{
    public string Summary => $"IRO challenge resolved on {ResolvedOn:d MMMM yyyy}";
}

public sealed record HealthEntryRecorded(Guid EntryId, HealthEntryKind Kind, DateOnly On) : IProcessEvent
{
    public string Summary => $"{HealthEntryKinds.Label(Kind)} recorded for {On:d MMMM yyyy}";
}

public sealed record PersonalEducationPlanRecorded(Guid PlanId, Guid CarePeriodId, DateOnly HeldOn, bool VirtualSchoolInvolved, bool MissingEducation) : IProcessEvent
{
    public string Summary => $"Personal education plan meeting held on {HeldOn:d MMMM yyyy}";
}

public sealed record SupportArrangementRecorded(Guid ArrangementId, SupportKind Kind, DateOnly RequestedOn, DateOnly? StartedOn, DateOnly? EndedOn,
    bool Changed) : IProcessEvent
{
    public string Summary => (Kind == SupportKind.IndependentVisitor ? "Independent visitor" : "Advocacy")
        + (Changed ? " arrangement updated" : $" requested on {RequestedOn:d MMMM yyyy}");
}
