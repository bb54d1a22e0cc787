using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>The child's child protection record: strategy discussions, enquiries, conferences, plans with their flags and what is due next.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(ChildProtectionOverview overview) : ChildProtectionPageModel
{
    public ChildProtectionSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Summary = await overview.ForAsync(Id, Today, HttpContext.RequestAborted);
        return Page();
    }
}
