using Hearth.Core.Chronology;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.Chronology;

/// <summary>The child's chronology: built from the record, with workers' entries from other agencies, filterable and printable.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(ChildChronology chronology) : ChronologyPageModel
{
    public ChronologyView View { get; private set; } = new([], [], 0);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        View = await chronology.ForAsync(Id, ReadFilter(), HttpContext.RequestAborted);
        return Page();
    }
}
