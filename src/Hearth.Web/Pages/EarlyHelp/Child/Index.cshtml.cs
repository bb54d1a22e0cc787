using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>The child's early help: episodes with their assessment, meetings and closure, and every step up or down.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(ChildEarlyHelp earlyHelp) : PersonPageModel
{
    public override string Tab => "Early help";
    public ChildEarlyHelpSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Summary = await earlyHelp.ForAsync(Id, HttpContext.RequestAborted);
        return Page();
    }
}
