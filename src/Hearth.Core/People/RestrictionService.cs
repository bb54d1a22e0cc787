using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.People;

/// <summary>
/// Restricting a record to a named list: a staff member's relative, an adoption, a high-profile case.
/// The person restricting it must be on the list, so nobody can lock themselves and everyone else out.
/// </summary>
public sealed class RestrictionService(HearthDbContext db, EventRecorder events)
{
    public async Task SetAsync(Guid personId, bool restricted, IReadOnlyCollection<Guid> accessList, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        errors.Required("Reason", ctx.Reason, "Enter why the record's access is changing");
        var list = accessList.Distinct().ToList();
        if (restricted && !list.Contains(ctx.UserId))
        {
            errors.Add("AccessList", "Include yourself on the access list, so the record is not locked away from everyone");
        }
        var known = await db.Users.Where(u => list.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(ct);
        if (known.Count != list.Count)
        {
            errors.Add("AccessList", "Select people from the list of active users");
        }
        errors.ThrowIfAny();

        var person = await db.People.Include(p => p.AccessList).SingleOrDefaultAsync(p => p.Id == personId && p.MergedIntoId == null, ct)
            ?? throw new RecordNotFoundException();
        if (!person.IsVisibleTo(ctx.UserId))
        {
            throw new RecordNotFoundException();
        }
        var oldList = person.AccessList.Select(a => a.UserId).Order().ToList();
        var oldRestricted = person.IsRestricted;
        person.IsRestricted = restricted;
        var wanted = restricted ? list.ToHashSet() : [];
        foreach (var gone in person.AccessList.Where(a => !wanted.Contains(a.UserId)).ToList())
        {
            person.AccessList.Remove(gone);
            db.RestrictedRecordAccess.Remove(gone);
        }
        foreach (var user in wanted.Where(u => person.AccessList.All(a => a.UserId != u)))
        {
            person.AccessList.Add(new RestrictedRecordAccess { PersonId = person.Id, UserId = user });
        }
        events.Record(ctx, "People.RestrictRecord",
            new RecordRestrictionChanged(person.Id, oldRestricted, restricted, oldList, restricted ? list.Order().ToList() : []), [person.Id]);
        await db.SaveChangesAsync(ct);
    }
}
