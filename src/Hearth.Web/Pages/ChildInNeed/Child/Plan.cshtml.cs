using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>One CIN plan: what needs to change, who does what by when, progress and reviews.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class PlanModel : CinPlanPageModel
{
    public async Task<IActionResult> OnGetAsync() => await OpenPlanAsync() ?? Page();
}
