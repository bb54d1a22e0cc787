using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// The MASH's work on a contact before the decision: linking the children, rating the risk, treating
/// it as a referral, and asking partner agencies what they know. Each step is an event on the
/// children's history.
/// </summary>
public sealed class MashScreening(HearthDbContext db, EventRecorder events, ContactDeadlines deadlines, RecordAccess access)
{
    public async Task LinkChildrenAsync(Guid contactId, IReadOnlyCollection<Guid> people, ProcessContext ctx, CancellationToken ct = default)
    {
        var contact = await LoadAsync(contactId, ct);
        EnsureOpen(contact);
        if (people.Count == 0)
        {
            throw ValidationFailedException.For("Children", "Select at least one child to link");
        }
        foreach (var personId in people.Distinct().Where(p => contact.Children.All(c => c.PersonId != p)))
        {
            await access.EnsureVisibleAsync(personId, ctx, "Link a child to a contact", ct: ct);
            var link = new ContactChild { ContactId = contact.Id, PersonId = personId, LinkedAt = events.Now };
            contact.Children.Add(link);
            db.Add(link);
            events.Record(ctx, "FrontDoor.LinkChild", new ContactChildLinked(contact.Id, contact.Reference, personId), [personId], contact.Id);
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task UnlinkChildAsync(Guid contactId, Guid personId, string? reason, ProcessContext ctx, CancellationToken ct = default)
    {
        Require("Reason", reason, "Enter why the child is being unlinked", 2000, "Reason");
        var contact = await LoadAsync(contactId, ct);
        EnsureOpen(contact);
        var link = contact.Children.SingleOrDefault(c => c.PersonId == personId) ?? throw new RecordNotFoundException();
        db.Remove(link);
        events.Record(ctx.WithReason(reason), "FrontDoor.UnlinkChild", new ContactChildUnlinked(contact.Id, contact.Reference, personId, reason!.Trim()), [personId], contact.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task RateAsync(Guid contactId, RagRating? rag, string? rationale, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (rag is null || !Enum.IsDefined(rag.Value))
        {
            errors.Add("Rag", "Select a RAG rating");
        }
        errors.Required("RagRationale", rationale, "Enter why you have given this rating");
        errors.MaxLength("RagRationale", rationale, ContactValidator.MaxFreeText, "Why you have given this rating");
        errors.ThrowIfAny();
        var contact = await LoadAsync(contactId, ct);
        EnsureOpen(contact);
        var old = contact.Rag;
        var due = deadlines.DecisionDueAt(contact.ReceivedAt, rag!.Value);
        contact.Rate(rag.Value, rationale!.Trim(), events.Now, due);
        events.Record(ctx, "FrontDoor.Rate", new ContactRated(contact.Id, contact.Reference, old, rag.Value, contact.RagRationale, due), Children(contact), contact.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task TreatAsReferralAsync(Guid contactId, ProcessContext ctx, CancellationToken ct = default)
    {
        var contact = await LoadAsync(contactId, ct);
        EnsureOpen(contact);
        if (contact.ReferralReceivedAt is not null)
        {
            throw ValidationFailedException.For("Referral", "This contact is already a referral");
        }
        contact.TreatAsReferral(events.Now);
        events.Record(ctx, "FrontDoor.TreatAsReferral", new ContactTreatedAsReferral(contact.Id, contact.Reference, events.Now), Children(contact), contact.Id);
        await db.SaveChangesAsync(ct);
    }

    public async Task<InformationRequest> RequestInformationAsync(Guid contactId, PartnerAgency? agency, string? agencyDetail, string? question,
        ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        if (agency is null || !Enum.IsDefined(agency.Value))
        {
            errors.Add("Agency", "Select the agency you are asking");
        }
        else if (agency == PartnerAgency.Other)
        {
            errors.Required("AgencyDetail", agencyDetail, "Enter the name of the agency");
        }
        errors.MaxLength("AgencyDetail", agencyDetail, ContactValidator.MaxShortText, "Name of the agency");
        errors.MaxLength("Question", question, ContactValidator.MaxFreeText, "What you are asking");
        errors.ThrowIfAny();
        var contact = await LoadAsync(contactId, ct);
        EnsureOpen(contact);
        var request = new InformationRequest
        {
            ContactId = contact.Id,
            Agency = agency!.Value,
            AgencyDetail = string.IsNullOrWhiteSpace(agencyDetail) ? null : agencyDetail.Trim(),
            Question = string.IsNullOrWhiteSpace(question) ? null : question.Trim(),
            RequestedAt = events.Now,
            RequestedByName = ctx.UserName,
        };
        contact.InformationRequests.Add(request);
        db.Add(request);
        events.Record(ctx, "FrontDoor.RequestInformation",
            new InformationRequested(contact.Id, request.Id, contact.Reference, request.Agency, request.AgencyDetail, request.RequestedAt), Children(contact), contact.Id);
        await db.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>A partner's answer may come after the decision (it still belongs on the record), but not before the request.</summary>
    public async Task RecordInformationResponseAsync(Guid contactId, Guid requestId, DateTime? respondedAt, string? informationShared,
        ProcessContext ctx, CancellationToken ct = default)
    {
        var contact = await LoadAsync(contactId, ct);
        var request = contact.InformationRequests.SingleOrDefault(r => r.Id == requestId) ?? throw new RecordNotFoundException();
        var errors = new ErrorList();
        if (respondedAt is null)
        {
            errors.Add("RespondedDate", "Enter the date and time the agency responded");
        }
        else if (respondedAt > events.Now.AddMinutes(1))
        {
            errors.Add("RespondedDate", "The date and time of the response must be now or in the past");
        }
        else if (respondedAt < request.RequestedAt.AddMinutes(-1))
        {
            errors.Add("RespondedDate", "The response must be after the request was made");
        }
        errors.Required("InformationShared", informationShared, "Enter the information the agency shared");
        errors.MaxLength("InformationShared", informationShared, ContactValidator.MaxFreeText, "The information shared");
        errors.ThrowIfAny();
        if (request.RespondedAt is not null)
        {
            throw ValidationFailedException.For("InformationShared", "This agency's response has already been recorded");
        }
        request.RecordResponse(respondedAt!.Value, informationShared!.Trim(), ctx.UserName);
        events.Record(ctx, "FrontDoor.RecordInformationResponse",
            new InformationResponseRecorded(contact.Id, request.Id, contact.Reference, request.Agency, respondedAt.Value), Children(contact), contact.Id);
        await db.SaveChangesAsync(ct);
    }

    internal static IEnumerable<Guid> Children(Contact contact) => contact.Children.Select(c => c.PersonId);

    private async Task<Contact> LoadAsync(Guid contactId, CancellationToken ct) =>
        await db.Contacts.Include(c => c.Children).Include(c => c.InformationRequests).AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == contactId, ct) ?? throw new RecordNotFoundException();

    private static void EnsureOpen(Contact contact)
    {
        if (contact.Status != ContactStatus.AwaitingDecision)
        {
            throw ValidationFailedException.For("Contact", "The threshold decision on this contact has been made, so it can no longer be changed");
        }
    }

    private static void Require(string field, string? value, string message, int max, string label)
    {
        var errors = new ErrorList();
        errors.Required(field, value, message);
        errors.MaxLength(field, value, max, label);
        errors.ThrowIfAny();
    }
}
