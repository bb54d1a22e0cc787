using Hearth.Core.Audit;

namespace Hearth.Core.LookedAfter;

/// <summary>Where the child is placed: the same fields for the first placement and for every move.</summary>
public sealed record PlacementInput(
    string? PlacementType,
    string? Provider,
    string? CarerName,
    string? Urn,
    string? Postcode,
    bool? OutOfArea,
    bool LongTerm,
    SiblingArrangement? Siblings);

/// <summary>The child became looked after: the first legal status and placement start the same day.</summary>
public sealed record StartCarePeriodInput(
    DateOnly? StartDate,
    string? CategoryOfNeed,
    string? LegalStatus,
    string? HomePostcode,
    PlacementInput Placement);

/// <summary>
/// A move to a new placement. With <paramref name="SameCarer"/> the carer stays the one of the current placement (say,
/// the foster carers are approved as the child's long-term carers), which makes the new SSDA903 episode T or U, not P or B.
/// </summary>
public sealed record MovePlacementInput(DateOnly? From, string? ReasonForMove, bool SameCarer, PlacementInput Placement);

/// <summary>The placement plan, notifications, delegated authority and contact on the current placement (CPPCR 2010 regs 9 and 13).</summary>
public sealed record PlacementPlanInput(DateOnly? PlacementPlanAgreedOn, DateOnly? NotificationsSentOn, string? DelegatedAuthority,
    string? ContactArrangements);

public sealed record CarePeriodStarted(Guid CarePeriodId, Guid PersonId, DateOnly StartDate, string CategoryOfNeed, string LegalStatus,
    string PlacementType, string? Provider, string CarerName) : IProcessEvent
{
    public string Summary =>
        $"Became looked after on {StartDate:d MMMM yyyy}: {LookedAfterCodes.Describe(LookedAfterCodes.LegalStatuses, LegalStatus)}; "
        + $"placed {LookedAfterCodes.Describe(LookedAfterCodes.PlacementTypes, PlacementType)}";
}

public sealed record LegalStatusChanged(Guid CarePeriodId, Guid PersonId, DateOnly From, string? PreviousCode, string Code) : IProcessEvent
{
    public string Summary => $"Legal status from {From:d MMMM yyyy}: {LookedAfterCodes.Describe(LookedAfterCodes.LegalStatuses, Code)}";
}

public sealed record PlacementMoved(Guid CarePeriodId, Guid PersonId, Guid PlacementId, DateOnly From, string ReasonForMove, bool SameCarer,
    string PlacementType, string? Provider, string CarerName) : IProcessEvent
{
    public string Summary =>
        $"Moved placement on {From:d MMMM yyyy}{(SameCarer ? ", staying with the same carer" : "")}: "
        + $"{LookedAfterCodes.Describe(LookedAfterCodes.PlacementTypes, PlacementType)} "
        + $"({LookedAfterCodes.Label(LookedAfterCodes.ReasonsForMove, ReasonForMove).ToLowerInvariant()})";
}

public sealed record PlacementPlanRecorded(Guid CarePeriodId, Guid PersonId, Guid PlacementId, DateOnly? PlacementPlanAgreedOn,
    DateOnly? NotificationsSentOn, bool DelegatedAuthorityRecorded, bool ContactArrangementsRecorded) : IProcessEvent
{
    public string Summary => PlacementPlanAgreedOn is { } agreed
        ? $"Placement plan agreed on {agreed:d MMMM yyyy}" + (NotificationsSentOn is { } sent ? $"; notifications sent on {sent:d MMMM yyyy}" : "")
        : NotificationsSentOn is { } only ? $"Placement notifications sent on {only:d MMMM yyyy}" : "Placement plan details updated";
}

public sealed record CarePlanAgreed(Guid CarePeriodId, Guid PersonId, DateOnly AgreedOn) : IProcessEvent
{
    public string Summary => $"Care plan agreed on {AgreedOn:d MMMM yyyy}";
}

public sealed record IndependentReviewingOfficerAppointed(Guid CarePeriodId, Guid PersonId, Guid UserId, string Name, DateOnly AppointedOn)
    : IProcessEvent
{
    public string Summary => $"{Name} appointed independent reviewing officer on {AppointedOn:d MMMM yyyy}";
}

public sealed record PermanencePlanRecorded(Guid CarePeriodId, Guid PersonId, PermanenceGoal Goal, DateOnly DecidedOn) : IProcessEvent
{
    public string Summary => $"Permanence plan: {LookedAfterCodes.PermanenceLabel(Goal).ToLowerInvariant()}, decided on {DecidedOn:d MMMM yyyy}";
}

public sealed record CarePeriodEnded(Guid CarePeriodId, Guid PersonId, DateOnly EndDate, string ReasonCeased) : IProcessEvent
{
    public string Summary =>
        $"Ceased to be looked after on {EndDate:d MMMM yyyy}: {LookedAfterCodes.Label(LookedAfterCodes.ReasonsCeased, ReasonCeased)}";
}
