using Hearth.Core.Audit;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

[RequirePermission(Permission.ViewHistory)]
public sealed class HistoryModel(PersonHistory history) : PersonPageModel
{
    public override string Tab => "History";
    public IReadOnlyList<HistoryEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Entries = await history.ForAsync(Id, ct: HttpContext.RequestAborted);
        return Page();
    }
}
