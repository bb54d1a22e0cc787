using System.Text.Json;
using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.People;

/// <summary>
/// The whole of a person's record as one JSON document: for a subject access request (UK GDPR Art. 15)
/// or a transfer to another authority. Taking it is logged as an export against the person.
/// </summary>
public sealed class RecordExport(HearthDbContext db, RecordAccess access, FamilyNetwork family, PersonHistory history, EventRecorder events)
{
    public async Task<byte[]> ExportAsync(Guid personId, ProcessContext ctx, string channel = "web", CancellationToken ct = default)
    {
        var opened = await access.OpenAsync(personId, ctx, "Record export", channel, ct);
        if (opened.MergedInto is not null)
        {
            throw new Validation.RecordNotFoundException();
        }
        var p = opened.Person;
        var notes = await db.CaseNotes.AsNoTracking().Include(n => n.Amendments)
            .Where(n => n.PersonId == personId && n.Status == CaseNoteStatus.Final).OrderBy(n => n.NoteDate).ToListAsync(ct);
        var document = new
        {
            exportedAt = events.Now,
            exportedBy = ctx.UserName,
            person = new
            {
                p.Reference,
                p.DateOfBirth,
                p.ExpectedDateOfBirth,
                p.DateOfDeath,
                p.Sex,
                p.GenderIdentity,
                p.EthnicityCode,
                p.Religion,
                p.FirstLanguage,
                p.InterpreterNeeded,
                p.CommunicationNeeds,
                p.NhsNumber,
                p.Upn,
                p.FormerUpn,
                disabilities = p.Disabilities.Select(d => d.Code),
                names = p.Names.Select(n => new { kind = n.Kind.ToString(), n.GivenNames, n.FamilyName, n.StartDate, n.EndDate }),
                addresses = p.Addresses.OrderBy(a => a.StartDate).Select(a => new { a.Line1, a.Line2, a.Town, a.Postcode, a.StartDate, a.EndDate }),
            },
            relationships = await family.ForAsync(personId, ctx.UserId, ct),
            professionals = await db.ProfessionalInvolvements.AsNoTracking().Where(i => i.PersonId == personId).ToListAsync(ct),
            caseNotes = notes.Select(n => new
            {
                n.NoteDate,
                n.Subject,
                n.Body,
                n.AuthorName,
                n.FinalisedAt,
                amendments = n.Amendments.OrderBy(a => a.AmendedAt).Select(a => new { a.AmendedAt, a.AuthorName, a.Reason, a.Text }),
            }),
            history = await history.ForAsync(personId, int.MaxValue, ct),
        };
        events.Accessed(ctx, AccessKind.Exported, personId, "Record export", channel);
        await db.SaveChangesAsync(ct);
        return JsonSerializer.SerializeToUtf8Bytes(document, new JsonSerializerOptions(EventRecorder.Json) { WriteIndented = true });
    }
}
