using Hearth.Core.Audit;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

/// <summary>"Who has looked at this record": for managers and auditors (DESIGN.md idea 3).</summary>
[RequirePermission(Permission.ViewAccessLog)]
public sealed class AccessLogModel(PersonHistory history) : PersonPageModel
{
    public override string Tab => "Who has viewed";
    public IReadOnlyList<AccessEvent> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Entries = await history.AccessLogAsync(Id, ct: HttpContext.RequestAborted);
        return Page();
    }
}
