using System.Security.Cryptography;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// Records contacts: by a worker (children linked through search, the household offered from
/// relationships) or from the public referral form (children as the referrer described them, for the
/// MASH to link). Either way the contact lands in the front-door queue with an automatic reference.
/// </summary>
public sealed class ContactRecording(HearthDbContext db, EventRecorder events, ContactDeadlines deadlines, RecordAccess access)
{
    /// <summary>Who the public form's events are attributed to: nobody signs in to it.</summary>
    public static readonly ProcessContext PublicForm = new(new Guid("00000000-0000-0000-0000-000000000002"), "Online referral form");

    public async Task<Contact> RecordAsync(ContactInput input, ProcessContext ctx, CancellationToken ct = default)
    {
        ContactValidator.Validate(input, events.Now, childrenRequired: true);
        await RefuseReplayAsync(input.SubmissionKey, ct);
        var children = input.Children.Distinct().ToList();
        foreach (var child in children)
        {
            await access.EnsureVisibleAsync(child, ctx, "Record a contact", ct: ct);
        }
        return await SaveAsync(input, children, ctx, recordedBy: ctx.UserId, ct);
    }

    /// <summary>
    /// The public multi-agency referral form. It answers only with the new reference, never with
    /// anything from the record, so it cannot be used to find out about a family.
    /// </summary>
    public async Task<string> SubmitPublicReferralAsync(ContactInput input, CancellationToken ct = default)
    {
        var received = input with
        {
            ReceivedAt = events.Now,
            Channel = ContactChannel.OnlineForm,
            Type = ContactType.Concern,
            IsReferral = true,
            Children = [],
        };
        ContactValidator.Validate(received, events.Now, childrenRequired: false);
        await RefuseReplayAsync(input.SubmissionKey, ct);
        var contact = await SaveAsync(received, [], PublicForm, recordedBy: null, ct);
        return contact.Reference;
    }

    private async Task<Contact> SaveAsync(ContactInput input, IReadOnlyList<Guid> children, ProcessContext ctx, Guid? recordedBy, CancellationToken ct)
    {
        var receivedAt = input.ReceivedAt!.Value;
        var outOfHours = input.Channel == ContactChannel.OutOfHours;
        var contact = new Contact
        {
            Reference = await NewReferenceAsync(ct),
            SubmissionKey = input.SubmissionKey == Guid.Empty ? Guid.NewGuid() : input.SubmissionKey,
            ReceivedAt = receivedAt,
            Channel = input.Channel!.Value,
            Type = input.Type!.Value,
            OutOfHours = outOfHours,
            HandoverDate = outOfHours ? deadlines.HandoverDate(receivedAt) : null,
            RecordedAt = events.Now,
            RecordedById = recordedBy,
            RecordedByName = ctx.UserName,
            Referrer = new ContactReferrer
            {
                Name = Trim(input.ReferrerName) ?? "Anonymous",
                Role = Trim(input.ReferrerRole),
                Organisation = Trim(input.ReferrerOrganisation),
                Phone = Trim(input.ReferrerPhone),
                Email = Trim(input.ReferrerEmail),
                Address = Trim(input.ReferrerAddress),
            },
            ReferralSourceCode = input.ReferralSource!,
            Concern = input.Concern!.Trim(),
            ActionTakenByReferrer = Trim(input.ActionTaken),
            ChildrenAsDescribed = Trim(input.ChildrenAsDescribed),
            PoliceIncidentReference = Trim(input.PoliceIncidentReference),
            Consent = input.Consent!.Value,
            ConsentNotGivenReason = input.Consent == ConsentStatus.NotGiven ? Trim(input.ConsentNotGivenReason) : null,
            ConsentOverriddenBy = input.Consent == ConsentStatus.Overridden ? Trim(input.ConsentOverriddenBy) : null,
            ConsentOverrideReason = input.Consent == ConsentStatus.Overridden ? Trim(input.ConsentOverrideReason) : null,
        };
        if (input.IsReferral)
        {
            contact.TreatAsReferral(receivedAt);
        }
        foreach (var child in children)
        {
            contact.Children.Add(new ContactChild { ContactId = contact.Id, PersonId = child, LinkedAt = events.Now });
        }
        db.Contacts.Add(contact);
        events.Record(ctx, "FrontDoor.RecordContact", new ContactRecorded(contact.Id, Snapshot(contact)), children, contact.Id);
        if (contact.Consent == ConsentStatus.Overridden)
        {
            events.Record(ctx, "FrontDoor.RecordContact",
                new ContactConsentOverridden(contact.Id, contact.Reference, contact.ConsentOverriddenBy!, contact.ConsentOverrideReason!), children, contact.Id);
        }
        if (contact.ReferralReceivedAt is { } referral)
        {
            events.Record(ctx, "FrontDoor.RecordContact", new ContactTreatedAsReferral(contact.Id, contact.Reference, referral), children, contact.Id);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two copies of one submission raced past the check; the unique key let one in.
            db.ChangeTracker.Clear();
            if (await db.Contacts.AsNoTracking().AnyAsync(c => c.SubmissionKey == contact.SubmissionKey, ct))
            {
                throw ValidationFailedException.For("SubmissionKey", "This form has already been sent. The contact was recorded the first time");
            }
            throw;
        }
        return contact;
    }

    /// <summary>A form sent twice (a double click, the back button, a replayed request) makes one contact.</summary>
    private async Task RefuseReplayAsync(Guid submissionKey, CancellationToken ct)
    {
        if (submissionKey != Guid.Empty && await db.Contacts.AnyAsync(c => c.SubmissionKey == submissionKey, ct))
        {
            throw ValidationFailedException.For("SubmissionKey", "This form has already been sent. The contact was recorded the first time");
        }
    }

    public static ContactSnapshot Snapshot(Contact c) => new(c.Reference, c.ReceivedAt, c.Channel, c.Type,
        c.Referrer.Name, c.Referrer.Organisation, c.ReferralSourceCode, c.Consent, c.OutOfHours);

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Random, like person references, so several app servers need no shared counter.</summary>
    private async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        while (true)
        {
            var reference = "CT" + RandomNumberGenerator.GetInt32(10_000_000, 100_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!await db.Contacts.AnyAsync(c => c.Reference == reference, ct))
            {
                return reference;
            }
        }
    }
}
