using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// Opens a contact for reading. A contact about a child on a restricted record is as restricted as
/// the record: anyone not named gets "not found" and the attempt is logged (DESIGN.md idea 3). Each
/// view is logged against every child the contact is about, so it shows in their "who has viewed".
/// </summary>
public sealed class ContactAccess(HearthDbContext db, EventRecorder events)
{
    public async Task<Contact> OpenAsync(Guid contactId, ProcessContext ctx, string what, string channel = "web", CancellationToken ct = default)
    {
        var contact = await db.Contacts.AsNoTracking()
            .Include(c => c.Children).Include(c => c.InformationRequests).Include(c => c.Letters)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == contactId, ct) ?? throw new RecordNotFoundException();
        var children = contact.Children.Select(c => c.PersonId).ToList();
        var hidden = await db.People.Where(p => children.Contains(p.Id))
            .Where(p => p.IsRestricted && !p.AccessList.Any(a => a.UserId == ctx.UserId))
            .Select(p => p.Id).ToListAsync(ct);
        if (hidden.Count > 0)
        {
            foreach (var person in hidden)
            {
                events.Accessed(ctx, AccessKind.RefusedRestrictedRecord, person, $"Contact {contact.Reference}", channel);
            }
            await db.SaveChangesAsync(ct);
            throw new RecordNotFoundException();
        }
        if (children.Count == 0)
        {
            events.Accessed(ctx, AccessKind.ViewedContact, null, $"Contact {contact.Reference}: {what}", channel);
        }
        foreach (var person in children)
        {
            events.Accessed(ctx, AccessKind.ViewedContact, person, $"Contact {contact.Reference}: {what}", channel);
        }
        await db.SaveChangesAsync(ct);
        return contact;
    }
}
