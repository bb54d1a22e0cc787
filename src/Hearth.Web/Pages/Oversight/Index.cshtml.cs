using Hearth.Core.Data;
using Hearth.Core.Oversight;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Oversight;

/// <summary>Managers' direction and supervision decisions on the child's record, newest first.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(HearthDbContext db) : PersonPageModel
{
    public override string Tab => "Chronology";
    public IReadOnlyList<ManagementOversight> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Entries = await db.ManagementOversights.AsNoTracking().Include(o => o.Actions)
            .Where(o => o.PersonId == Id)
            .OrderByDescending(o => o.Date).ThenByDescending(o => o.RecordedAt)
            .ToListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
