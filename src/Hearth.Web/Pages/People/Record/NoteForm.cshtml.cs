using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Write a new case note, or edit my draft. Saving keeps it a draft; finalising is a separate, deliberate step.</summary>
[RequirePermission(Permission.RecordCaseNotes)]
public sealed class NoteFormModel(HearthDbContext db, CaseNoteService notes) : PersonPageModel
{
    public override string Tab => "Case notes";
    [FromRoute] public Guid? NoteId { get; set; }
    [BindProperty] public DateParts NoteDate { get; set; } = new();
    [BindProperty] public string? Subject { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public bool FinaliseNow { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        if (NoteId is { } noteId)
        {
            var note = await LoadDraftAsync(noteId);
            if (note is null)
            {
                return NotFound();
            }
            (NoteDate, Subject, Body) = (DateParts.From(note.NoteDate), note.Subject, note.Body);
        }
        else
        {
            NoteDate = DateParts.From(Today);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var date = NoteDate.Read(ModelState, nameof(NoteDate), "Date of the note", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Guid id = NoteId ?? Guid.Empty;
        var saved = await TryAsync(async () =>
        {
            if (NoteId is { } noteId)
            {
                if (await LoadDraftAsync(noteId) is null)
                {
                    throw new Hearth.Core.Validation.RecordNotFoundException();
                }
                await notes.EditDraftAsync(noteId, date, Subject, Body, Ctx(), HttpContext.RequestAborted);
            }
            else
            {
                id = (await notes.DraftAsync(Id, date, Subject, Body, Ctx(), HttpContext.RequestAborted)).Id;
            }
            if (FinaliseNow)
            {
                await notes.FinaliseAsync(id, Ctx(), HttpContext.RequestAborted);
            }
        }, "");
        return saved ? Redirect(Links.CaseNote(Id, id)) : Page();
    }

    private Task<CaseNote?> LoadDraftAsync(Guid noteId) =>
        db.CaseNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noteId && n.PersonId == Id && n.Status == CaseNoteStatus.Draft && n.AuthorId == User.Id(), HttpContext.RequestAborted);
}
