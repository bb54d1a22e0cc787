using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Add an outcome to the plan: what needs to change for the child.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class AddOutcomeModel(ChildInNeedPlans plans) : CinPlanPageModel
{
    [BindProperty] public string? WhatNeedsToChange { get; set; }
    [BindProperty] public DateParts ReviewDate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await OpenPlanAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        var review = ReviewDate.Read(ModelState, nameof(ReviewDate), "The review date");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => plans.AddOutcomeAsync(PlanId, new CinOutcomeInput(WhatNeedsToChange, review), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.CinPlan(Id, PlanId))
            : Page();
    }
}
