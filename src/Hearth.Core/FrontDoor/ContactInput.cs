namespace Hearth.Core.FrontDoor;

/// <summary>What a worker (or the public form) enters about a contact; checked by <see cref="ContactValidator"/>.</summary>
public sealed record ContactInput
{
    /// <summary>One per form shown: a second submission with the same key is a replay.</summary>
    public Guid SubmissionKey { get; init; }
    public DateTime? ReceivedAt { get; init; }
    public ContactChannel? Channel { get; init; }
    public ContactType? Type { get; init; }
    public string? ReferrerName { get; init; }
    public string? ReferrerRole { get; init; }
    public string? ReferrerOrganisation { get; init; }
    public string? ReferrerPhone { get; init; }
    public string? ReferrerEmail { get; init; }
    public string? ReferrerAddress { get; init; }
    public string? ReferralSource { get; init; }
    public string? Concern { get; init; }
    public string? ActionTaken { get; init; }
    public ConsentStatus? Consent { get; init; }
    public string? ConsentNotGivenReason { get; init; }
    public string? ConsentOverriddenBy { get; init; }
    public string? ConsentOverrideReason { get; init; }
    public string? PoliceIncidentReference { get; init; }

    /// <summary>The referrer is asking for a service from children's social care, so the 1 working day clock starts now.</summary>
    public bool IsReferral { get; init; }

    public IReadOnlyList<Guid> Children { get; init; } = [];
    public string? ChildrenAsDescribed { get; init; }
}
