namespace Hearth.Core.FrontDoor;

/// <summary>
/// Anything that reaches the front door about a child: a call, an email, the online form, a police
/// notification. It waits in the MASH queue until a qualified worker or manager makes the threshold
/// decision, which is recorded on it with a rationale (the Ofsted letters found decisions without one).
/// </summary>
public sealed class Contact
{
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>The reference a referrer quotes, e.g. CT-2026-000123.</summary>
    public string Reference { get; init; } = "";

    /// <summary>The form submission this came from, so a replayed submission makes no second contact.</summary>
    public Guid SubmissionKey { get; init; }

    public DateTime ReceivedAt { get; init; }
    public ContactChannel Channel { get; init; }
    public ContactType Type { get; init; }
    public bool OutOfHours { get; init; }

    /// <summary>The working day whose morning handover lists an out-of-hours contact.</summary>
    public DateOnly? HandoverDate { get; init; }

    public DateTime RecordedAt { get; init; }
    public Guid? RecordedById { get; init; }
    public string RecordedByName { get; init; } = "";

    public ContactReferrer Referrer { get; init; } = new();

    /// <summary>DfE referral source code (1A..10).</summary>
    public string ReferralSourceCode { get; init; } = "10";

    public string Concern { get; init; } = "";
    public string? ActionTakenByReferrer { get; init; }

    /// <summary>The children as the referrer described them on the public form, until the MASH links them to records.</summary>
    public string? ChildrenAsDescribed { get; init; }

    public string? PoliceIncidentReference { get; init; }

    public ConsentStatus Consent { get; init; }
    public string? ConsentNotGivenReason { get; init; }
    public string? ConsentOverriddenBy { get; init; }
    public string? ConsentOverrideReason { get; init; }

    public ContactStatus Status { get; private set; } = ContactStatus.AwaitingDecision;
    public RagRating? Rag { get; private set; }
    public string? RagRationale { get; private set; }
    public DateTime? RatedAt { get; private set; }
    public DateTime? DecisionDueAt { get; private set; }

    /// <summary>
    /// When the contact became a referral: a request for a service from children's social care. It
    /// starts the 1 working day decision clock (WT23 ch.3). Set when recorded as a referral, when the
    /// MASH treats it as one, or at the decision if that decision is a referral.
    /// </summary>
    public DateTime? ReferralReceivedAt { get; private set; }

    public ThresholdDecision? Decision { get; private set; }

    public List<ContactChild> Children { get; init; } = [];
    public List<InformationRequest> InformationRequests { get; init; } = [];
    public List<ReferrerLetter> Letters { get; init; } = [];

    /// <summary>A police notification goes no further until someone has rated its risk.</summary>
    public bool NeedsRiskRatingBeforeDecision => Type == ContactType.PoliceNotification && Rag is null;

    public void Rate(RagRating rag, string? rationale, DateTime now, DateTime decisionDueAt)
    {
        EnsureAwaitingDecision();
        Rag = rag;
        RagRationale = rationale;
        RatedAt = now;
        DecisionDueAt = decisionDueAt;
    }

    public void TreatAsReferral(DateTime receivedAt)
    {
        EnsureAwaitingDecision();
        if (ReferralReceivedAt is not null)
        {
            throw new InvalidOperationException("This contact is already a referral.");
        }
        ReferralReceivedAt = receivedAt;
    }

    public void Decide(ThresholdDecision decision)
    {
        EnsureAwaitingDecision();
        if (decision.Outcome.OpensCinEpisode() && ReferralReceivedAt is null)
        {
            ReferralReceivedAt = decision.DecidedAt;
        }
        Decision = decision;
        Status = ContactStatus.Decided;
    }

    private void EnsureAwaitingDecision()
    {
        if (Status != ContactStatus.AwaitingDecision)
        {
            throw new InvalidOperationException("The threshold decision on this contact has been made.");
        }
    }
}

/// <summary>Who made the contact. Owned by the contact; the public form fills it in too.</summary>
public sealed record ContactReferrer
{
    public string Name { get; init; } = "";
    public string? Role { get; init; }
    public string? Organisation { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
}

/// <summary>A child a contact is about, linked to their record through search.</summary>
public sealed class ContactChild
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ContactId { get; init; }
    public Guid PersonId { get; init; }
    public DateTime LinkedAt { get; init; }
}

/// <summary>
/// A request to a partner agency for what it knows about the family, with when it was asked and
/// answered, so the time MASH checks take is on the record.
/// </summary>
public sealed class InformationRequest
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ContactId { get; init; }
    public PartnerAgency Agency { get; init; }
    public string? AgencyDetail { get; init; }
    public string? Question { get; init; }
    public DateTime RequestedAt { get; init; }
    public string RequestedByName { get; init; } = "";
    public DateTime? RespondedAt { get; private set; }
    public string? InformationShared { get; private set; }
    public string? RespondedByName { get; private set; }

    public void RecordResponse(DateTime respondedAt, string informationShared, string recordedBy)
    {
        if (RespondedAt is not null)
        {
            throw new InvalidOperationException("This agency's response has already been recorded.");
        }
        RespondedAt = respondedAt;
        InformationShared = informationShared;
        RespondedByName = recordedBy;
    }
}

/// <summary>The threshold decision, always with the worker's written rationale.</summary>
public sealed record ThresholdDecision
{
    public ThresholdOutcome Outcome { get; init; }
    public string Rationale { get; init; } = "";
    public DateTime DecidedAt { get; init; }
    public Guid DecidedById { get; init; }
    public string DecidedByName { get; init; } = "";
}

public enum LetterKind
{
    Acknowledgement = 1,
    Outcome = 2,
}

/// <summary>
/// A letter to the referrer: the acknowledgement on receipt and the outcome after the decision,
/// rendered to PDF from a template and stored with the contact, with when and how it was sent.
/// </summary>
public sealed class ReferrerLetter
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ContactId { get; init; }
    public LetterKind Kind { get; init; }
    public string Text { get; init; } = "";
    public byte[] Pdf { get; init; } = [];
    public DateTime GeneratedAt { get; init; }
    public string GeneratedByName { get; init; } = "";
    public DateOnly? SentOn { get; private set; }
    public string? SentBy { get; private set; }
    public string? SentTo { get; private set; }

    public void MarkSent(DateOnly sentOn, string sentTo, string sentBy)
    {
        if (SentOn is not null)
        {
            throw new InvalidOperationException("This letter is already recorded as sent.");
        }
        SentOn = sentOn;
        SentTo = sentTo;
        SentBy = sentBy;
    }
}
