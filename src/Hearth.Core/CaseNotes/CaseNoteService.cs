using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.CaseNotes;

/// <summary>Case notes: drafted and edited by their author, finalised once, then only ever amended with a reason.</summary>
public sealed class CaseNoteService(HearthDbContext db, EventRecorder events, TimeProvider clock)
{
    public async Task<CaseNote> DraftAsync(Guid personId, DateOnly? noteDate, string? subject, string? body, ProcessContext ctx, CancellationToken ct = default)
    {
        var date = Validate(noteDate, subject, body);
        if (!await db.People.AnyAsync(p => p.Id == personId && p.MergedIntoId == null, ct))
        {
            throw new RecordNotFoundException();
        }
        var note = CaseNote.Draft(personId, ctx.UserId, ctx.UserName, date, subject!.Trim(), body!.Trim(), events.Now);
        db.CaseNotes.Add(note);
        events.Record(ctx, "CaseNotes.Draft", new CaseNoteDrafted(note.Id, personId, Text(note)), [personId]);
        await db.SaveChangesAsync(ct);
        return note;
    }

    public async Task EditDraftAsync(Guid noteId, DateOnly? noteDate, string? subject, string? body, ProcessContext ctx, CancellationToken ct = default)
    {
        var note = await LoadAsync(noteId, ct);
        EnsureAuthor(note, ctx);
        var date = Validate(noteDate, subject, body);
        var old = Text(note);
        note.EditDraft(date, subject!.Trim(), body!.Trim());
        events.Record(ctx, "CaseNotes.EditDraft", new CaseNoteDraftEdited(note.Id, note.PersonId, old, Text(note)), [note.PersonId]);
        await db.SaveChangesAsync(ct);
    }

    public async Task FinaliseAsync(Guid noteId, ProcessContext ctx, CancellationToken ct = default)
    {
        var note = await LoadAsync(noteId, ct);
        EnsureAuthor(note, ctx);
        note.Finalise(events.Now);
        events.Record(ctx, "CaseNotes.Finalise", new CaseNoteFinalised(note.Id, note.PersonId, Text(note)), [note.PersonId]);
        await db.SaveChangesAsync(ct);
    }

    public async Task<CaseNoteAmendment> AmendAsync(Guid noteId, string? reason, string? text, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        errors.Required("Reason", reason, "Enter the reason for the amendment");
        errors.Required("Text", text, "Enter the amendment");
        errors.MaxLength("Reason", reason, 2000, "Reason");
        errors.MaxLength("Text", text, 20000, "Amendment");
        errors.ThrowIfAny();
        var note = await LoadAsync(noteId, ct);
        if (note.Status != CaseNoteStatus.Final)
        {
            throw ValidationFailedException.For("Text", "This note is still a draft: edit it instead of amending it");
        }
        var amendment = note.Amend(ctx.UserId, ctx.UserName, reason!.Trim(), text!.Trim(), events.Now);
        db.CaseNoteAmendments.Add(amendment);
        events.Record(ctx.WithReason(reason), "CaseNotes.Amend",
            new CaseNoteAmended(note.Id, amendment.Id, note.PersonId, Text(note), amendment.Text, amendment.Reason), [note.PersonId]);
        await db.SaveChangesAsync(ct);
        return amendment;
    }

    private async Task<CaseNote> LoadAsync(Guid noteId, CancellationToken ct) =>
        await db.CaseNotes.Include(n => n.Amendments).SingleOrDefaultAsync(n => n.Id == noteId, ct) ?? throw new RecordNotFoundException();

    /// <summary>A draft is its author's until finalised: nobody else may put words in their note.</summary>
    private static void EnsureAuthor(CaseNote note, ProcessContext ctx)
    {
        if (note.Status == CaseNoteStatus.Draft && note.AuthorId != ctx.UserId)
        {
            throw ValidationFailedException.For("Body", "Only the author can change or finalise a draft note");
        }
    }

    private DateOnly Validate(DateOnly? noteDate, string? subject, string? body)
    {
        var errors = new ErrorList();
        errors.Required("Subject", subject, "Enter a subject for the note");
        errors.MaxLength("Subject", subject, 200, "Subject");
        errors.Required("Body", body, "Enter the note");
        errors.MaxLength("Body", body, 20000, "Note");
        var today = clock.TodayInEngland();
        if (noteDate is { } d && d > today)
        {
            errors.Add("NoteDate", "The date of the note must be today or in the past");
        }
        errors.ThrowIfAny();
        return noteDate ?? today;
    }

    private static CaseNoteText Text(CaseNote n) => new(n.NoteDate, n.Subject, n.Body);
}
