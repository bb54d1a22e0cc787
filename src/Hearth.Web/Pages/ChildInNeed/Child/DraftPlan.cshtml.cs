using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Start a draft CIN plan on the open episode; outcomes and actions are added next.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class DraftPlanModel(ChildInNeedPlans plans) : CinEpisodePageModel
{
    [BindProperty] public DateParts StartDate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        StartDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        var start = StartDate.Read(ModelState, nameof(StartDate), "The date the plan starts", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        ChildInNeedPlan? plan = null;
        return await TryAsync(async () => plan = await plans.DraftAsync(EpisodeId, start, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.CinPlan(Id, plan!.Id))
            : Page();
    }
}
