using Hearth.Core.ChildInNeed;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Change an action: most often to give it the owner and date the plan needs before it is finalised.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class ChangeActionModel(ChildInNeedPlans plans) : CinPlanPageModel
{
    [FromRoute] public Guid ActionId { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateParts ByDate { get; set; } = new();
    public CinPlanOutcome Outcome { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenActionAsync() is { } redirect)
        {
            return redirect;
        }
        var action = Outcome.Actions.Single(a => a.Id == ActionId);
        What = action.What;
        Owner = action.Owner;
        ByDate = DateParts.From(action.ByDate);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenActionAsync() is { } redirect)
        {
            return redirect;
        }
        var by = ByDate.Read(ModelState, nameof(ByDate), "The date it will be done by");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => plans.ChangeActionAsync(ActionId, new CinActionInput(What, Owner, by), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.CinPlan(Id, PlanId))
            : Page();
    }

    private async Task<IActionResult?> OpenActionAsync()
    {
        if (await OpenPlanAsync() is { } redirect)
        {
            return redirect;
        }
        Outcome = Plan.Outcomes.SingleOrDefault(o => o.Actions.Any(a => a.Id == ActionId)) ?? throw new RecordNotFoundException();
        return null;
    }
}
