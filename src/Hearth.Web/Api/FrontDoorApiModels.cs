using Hearth.Core.ChildInNeed;
using Hearth.Core.FrontDoor;

namespace Hearth.Web.Api;

/// <summary>
/// A contact sent from a partner agency's system. The same checks as the worker's form apply, with
/// the same messages. Codes are sent as their names: channel Phone, Email, OnlineForm,
/// PoliceNotification, InPerson, OutOfHours or Internal; type Concern or PoliceNotification; consent
/// Given, NotGiven or Overridden; referralSource a DfE referral source code (1A..10).
/// </summary>
/// <param name="SubmissionKey">One per contact the sender makes: a retry with the same key is refused (400) and makes no second contact.</param>
/// <param name="ReceivedAt">When it was received, with its offset (e.g. 2026-05-04T09:30:00+01:00); never in the future.</param>
/// <param name="Children">The ids of the children's person records (found through /api/v1/people first); at least one.</param>
/// <param name="IsReferral">True when the sender asks children's social care for a service: the 1 working day clock starts at receipt.</param>
public sealed record ContactRequest(
    Guid SubmissionKey,
    DateTimeOffset? ReceivedAt,
    string? Channel,
    string? Type,
    string? ReferrerName,
    string? ReferrerRole,
    string? ReferrerOrganisation,
    string? ReferrerPhone,
    string? ReferrerEmail,
    string? ReferralSource,
    string? Concern,
    string? ActionTaken,
    string? Consent,
    string? ConsentNotGivenReason,
    string? ConsentOverriddenBy,
    string? ConsentOverrideReason,
    string? PoliceIncidentReference,
    bool IsReferral,
    IReadOnlyList<Guid>? Children)
{
    public ContactInput ToInput() => new()
    {
        SubmissionKey = SubmissionKey,
        ReceivedAt = ReceivedAt?.UtcDateTime,
        Channel = Parse<ContactChannel>(Channel),
        Type = Parse<ContactType>(Type),
        ReferrerName = ReferrerName,
        ReferrerRole = ReferrerRole,
        ReferrerOrganisation = ReferrerOrganisation,
        ReferrerPhone = ReferrerPhone,
        ReferrerEmail = ReferrerEmail,
        ReferralSource = ReferralSource,
        Concern = Concern,
        ActionTaken = ActionTaken,
        Consent = Parse<ConsentStatus>(Consent),
        ConsentNotGivenReason = ConsentNotGivenReason,
        ConsentOverriddenBy = ConsentOverriddenBy,
        ConsentOverrideReason = ConsentOverrideReason,
        PoliceIncidentReference = PoliceIncidentReference,
        IsReferral = IsReferral,
        Children = Children ?? [],
    };

    /// <summary>Names only: a number ("3") would bind to any enum value and hide a sender's mistake.</summary>
    private static T? Parse<T>(string? value) where T : struct, Enum =>
        value is not null && !value.Trim().All(char.IsAsciiDigit) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : null;
}

public sealed record ContactCreatedResponse(Guid Id, string Reference, string Status);

public sealed record ContactDecisionResponse(string Outcome, string OutcomeText, DateTime DecidedAt);

/// <summary>
/// A contact as received and where it has got to. The MASH's own working (the RAG rationale, what
/// other agencies shared, the decision's rationale, letters) stays on the contact page.
/// </summary>
public sealed record ContactResponse(
    Guid Id, string Reference, DateTime ReceivedAt, string Channel, string Type, bool OutOfHours, DateOnly? HandoverDate,
    string ReferrerName, string? ReferrerRole, string? ReferrerOrganisation, string ReferralSource,
    string Concern, string? ActionTaken, string? ChildrenAsDescribed, string? PoliceIncidentReference, string Consent,
    bool IsReferral, DateTime? ReferralReceivedAt, string? Rag, DateTime? DecisionDueAt, string Status,
    ContactDecisionResponse? Decision, IReadOnlyList<Guid> Children)
{
    public static ContactResponse From(Contact c) => new(
        c.Id, c.Reference, c.ReceivedAt, c.Channel.ToString(), c.Type.ToString(), c.OutOfHours, c.HandoverDate,
        c.Referrer.Name, c.Referrer.Role, c.Referrer.Organisation, c.ReferralSourceCode,
        c.Concern, c.ActionTakenByReferrer, c.ChildrenAsDescribed, c.PoliceIncidentReference, c.Consent.ToString(),
        c.ReferralReceivedAt is not null, c.ReferralReceivedAt, c.Rag?.ToString(), c.DecisionDueAt, c.Status.ToString(),
        c.Decision is { } d ? new ContactDecisionResponse(d.Outcome.ToString(), d.Outcome.Label(), d.DecidedAt) : null,
        c.Children.OrderBy(x => x.LinkedAt).Select(x => x.PersonId).ToList());
}

/// <summary>A referral to children's social care: one child's CIN episode, from referral to closure.</summary>
public sealed record ReferralResponse(
    Guid Id, Guid PersonId, DateOnly ReferralDate, string ReferralSource, string ReferralSourceText, bool IsReReferral,
    bool IsOpen, DateOnly? CloseDate, string? ReasonForClosure, Guid? ContactId)
{
    public static ReferralResponse From(CinEpisode e) => new(
        e.Id, e.PersonId, e.ReferralDate, e.ReferralSource, Hearth.Core.FrontDoor.ReferralSource.Label(e.ReferralSource), e.IsReReferral,
        e.IsOpen, e.CloseDate, e.ReasonForClosure, e.ContactId);
}
