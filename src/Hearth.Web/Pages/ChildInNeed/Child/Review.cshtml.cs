using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Record a review of the plan: date, who attended, progress, next review date.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class ReviewModel(ChildInNeedPlans plans) : CinPlanPageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public string? Progress { get; set; }
    [BindProperty] public DateParts NextReviewDate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        var date = Date.Read(ModelState, nameof(Date), "The date of the review", required: true);
        var next = NextReviewDate.Read(ModelState, nameof(NextReviewDate), "The date of the next review", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => plans.RecordReviewAsync(PlanId, new CinReviewInput(date, Attendees, Progress, next), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.CinPlan(Id, PlanId))
            : Page();
    }
}
