using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>End the plan with a date and a reason.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class EndPlanModel(ChildInNeedPlans plans) : CinPlanPageModel
{
    [BindProperty] public DateParts EndDate { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        EndDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        var end = EndDate.Read(ModelState, nameof(EndDate), "The date the plan ended", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => plans.EndAsync(PlanId, end, Reason, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.CinPlan(Id, PlanId))
            : Page();
    }
}
