using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Amend a finalised note: the original stays as written, the amendment and its reason sit beneath it.</summary>
[RequirePermission(Permission.RecordCaseNotes)]
public sealed class AmendNoteModel(HearthDbContext db, CaseNoteService notes) : PersonPageModel
{
    public override string Tab => "Case notes";
    [FromRoute] public Guid NoteId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Text { get; set; }
    public CaseNote Note { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } early)
        {
            return early;
        }
        return await TryAsync(() => notes.AmendAsync(NoteId, Reason, Text, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.CaseNote(Id, NoteId))
            : Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var note = await db.CaseNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == NoteId && n.PersonId == Id && n.Status == CaseNoteStatus.Final, HttpContext.RequestAborted);
        if (note is null)
        {
            return NotFound();
        }
        Note = note;
        return null;
    }
}
