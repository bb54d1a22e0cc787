using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.People;

/// <summary>
/// Opens a person's record for reading: checks the restriction list, writes the access event, and
/// answers a refused restricted record exactly as a missing one, logging the attempt for administrators.
/// </summary>
public sealed class RecordAccess(HearthDbContext db, EventRecorder events)
{
    /// <returns>The person, or a redirect target when the record was merged into another.</returns>
    public async Task<OpenedRecord> OpenAsync(Guid personId, ProcessContext ctx, string what, string channel = "web",
        CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking()
            .Include(p => p.Names).Include(p => p.Addresses).Include(p => p.Disabilities).Include(p => p.AccessList)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            throw new RecordNotFoundException();
        }
        if (!person.IsVisibleTo(ctx.UserId))
        {
            events.Accessed(ctx, AccessKind.RefusedRestrictedRecord, person.Id, what, channel);
            await db.SaveChangesAsync(ct);
            throw new RecordNotFoundException();
        }
        if (person.MergedIntoId is { } survivor)
        {
            return new OpenedRecord(person, survivor);
        }
        events.Accessed(ctx, AccessKind.ViewedRecord, person.Id, what, channel);
        await db.SaveChangesAsync(ct);
        return new OpenedRecord(person, null);
    }

    /// <summary>For a write: true when the user may see the person; otherwise logs the attempt and throws not found.</summary>
    public async Task EnsureVisibleAsync(Guid personId, ProcessContext ctx, string what, string channel = "web", CancellationToken ct = default)
    {
        var visible = await db.People.Where(p => p.Id == personId && p.MergedIntoId == null)
            .Select(p => new { p.Id, Allowed = !p.IsRestricted || p.AccessList.Any(a => a.UserId == ctx.UserId) })
            .SingleOrDefaultAsync(ct);
        if (visible is null)
        {
            throw new RecordNotFoundException();
        }
        if (!visible.Allowed)
        {
            events.Accessed(ctx, AccessKind.RefusedRestrictedRecord, personId, what, channel);
            await db.SaveChangesAsync(ct);
            throw new RecordNotFoundException();
        }
    }
}

public sealed record OpenedRecord(Person Person, Guid? MergedInto);
