using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Case notes: finalised notes with their amendments, and my own drafts.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class NotesModel(HearthDbContext db, CaseNoteService notes, CaseNoteAccess noteAccess) : PersonPageModel
{
    public override string Tab => "Case notes";
    public IReadOnlyList<CaseNote> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var me = User.Id();
        Notes = await db.CaseNotes.AsNoTracking().Include(n => n.Amendments)
            .Where(n => n.PersonId == Id && (n.Status == CaseNoteStatus.Final || n.AuthorId == me))
            .OrderByDescending(n => n.NoteDate).ThenByDescending(n => n.CreatedAt)
            .ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Razor Pages cannot authorise a handler by attribute, so the permission is checked here first.</summary>
    public async Task<IActionResult> OnPostFinaliseAsync(Guid noteId)
    {
        if (!User.Can(Permission.RecordCaseNotes))
        {
            return Forbid();
        }
        var personId = await noteAccess.EnsureVisibleAsync(noteId, Ctx(), ct: HttpContext.RequestAborted);
        if (personId != Id)
        {
            return NotFound();
        }
        if (!await TryAsync(() => notes.FinaliseAsync(noteId, Ctx(), HttpContext.RequestAborted), ""))
        {
            return await OnGetAsync();
        }
        return Redirect(Links.CaseNote(Id, noteId));
    }
}
