using Hearth.Core.ChildInNeed;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Rate the progress made towards one outcome.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class ProgressModel(ChildInNeedPlans plans) : CinPlanPageModel
{
    [FromRoute] public Guid OutcomeId { get; set; }
    [BindProperty] public string? Progress { get; set; }
    public CinPlanOutcome Outcome { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenOutcomeAsync() is { } redirect)
        {
            return redirect;
        }
        Progress = Outcome.Progress.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenOutcomeAsync() is { } redirect)
        {
            return redirect;
        }
        return await TryAsync(() => plans.RateProgressAsync(OutcomeId, FormChoice.Parse<ProgressRating>(Progress), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.CinPlan(Id, PlanId))
            : Page();
    }

    private async Task<IActionResult?> OpenOutcomeAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        Outcome = Plan.Outcomes.SingleOrDefault(o => o.Id == OutcomeId) ?? throw new RecordNotFoundException();
        return null;
    }
}
