using Hearth.Core.Audit;

namespace Hearth.Core.FrontDoor;

/// <summary>What the history shows of a contact: never the concern itself, which only the contact page shows.</summary>
public sealed record ContactSnapshot(string Reference, DateTime ReceivedAt, ContactChannel Channel, ContactType Type,
    string ReferrerName, string? ReferrerOrganisation, string ReferralSource, ConsentStatus Consent, bool OutOfHours);

public sealed record ContactRecorded(Guid ContactId, ContactSnapshot New) : IProcessEvent
{
    public string Summary => $"{New.Type.Label()} {New.Reference} received ({New.Channel.Label()})";
}

public sealed record ContactConsentOverridden(Guid ContactId, string Reference, string DecidedBy, string Reason) : IProcessEvent
{
    public string Summary => $"Consent overridden on contact {Reference} by {DecidedBy}";
}

public sealed record ContactChildLinked(Guid ContactId, string Reference, Guid PersonId) : IProcessEvent
{
    public string Summary => $"Linked to contact {Reference}";
}

public sealed record ContactChildUnlinked(Guid ContactId, string Reference, Guid PersonId, string Reason) : IProcessEvent
{
    public string Summary => $"Unlinked from contact {Reference}";
}

public sealed record ContactRated(Guid ContactId, string Reference, RagRating? Old, RagRating New, string? Rationale, DateTime DecisionDueAt) : IProcessEvent
{
    public string Summary => Old is null
        ? $"Contact {Reference} rated {New}"
        : $"Contact {Reference} re-rated from {Old} to {New}";
}

public sealed record ContactTreatedAsReferral(Guid ContactId, string Reference, DateTime ReferralReceivedAt) : IProcessEvent
{
    public string Summary => $"Contact {Reference} became a referral";
}

public sealed record InformationRequested(Guid ContactId, Guid RequestId, string Reference, PartnerAgency Agency, string? AgencyDetail, DateTime RequestedAt) : IProcessEvent
{
    public string Summary => $"Information requested from {Agency.Label()} for contact {Reference}";
}

public sealed record InformationResponseRecorded(Guid ContactId, Guid RequestId, string Reference, PartnerAgency Agency, DateTime RespondedAt) : IProcessEvent
{
    public string Summary => $"{Agency.Label()} responded to the information request for contact {Reference}";
}

public sealed record ThresholdDecisionMade(Guid ContactId, string Reference, ThresholdOutcome Outcome, string Rationale, DateTime DecidedAt) : IProcessEvent
{
    public string Summary => $"Threshold decision on contact {Reference}: {Outcome.Label()}";
}

public sealed record ReferrerLetterGenerated(Guid ContactId, Guid LetterId, string Reference, LetterKind Kind) : IProcessEvent
{
    public string Summary => $"{Kind} letter to the referrer generated for contact {Reference}";
}

public sealed record ReferrerLetterSent(Guid ContactId, Guid LetterId, string Reference, LetterKind Kind, DateOnly SentOn, string SentTo) : IProcessEvent
{
    public string Summary => $"{Kind} letter to the referrer sent for contact {Reference} on {SentOn:d MMMM yyyy}";
}
