using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Finalise the draft plan; the service refuses while an action lacks an owner or a date.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class FinaliseModel(ChildInNeedPlans plans) : CinPlanPageModel
{
    public async Task<IActionResult> OnGetAsync() => await OpenPlanAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        return await TryAsync(() => plans.FinaliseAsync(PlanId, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.CinPlan(Id, PlanId))
            : Page();
    }
}
