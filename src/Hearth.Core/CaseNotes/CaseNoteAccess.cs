using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.CaseNotes;

/// <summary>A note is as visible as the person it is about: a restricted child's notes are hidden the same way.</summary>
public sealed class CaseNoteAccess(HearthDbContext db, RecordAccess records)
{
    public async Task<Guid> EnsureVisibleAsync(Guid noteId, ProcessContext ctx, string channel = "web", CancellationToken ct = default)
    {
        var personId = await db.CaseNotes.Where(n => n.Id == noteId).Select(n => (Guid?)n.PersonId).SingleOrDefaultAsync(ct)
            ?? throw new RecordNotFoundException();
        await records.EnsureVisibleAsync(personId, ctx, "Case note", channel, ct);
        return personId;
    }
}
