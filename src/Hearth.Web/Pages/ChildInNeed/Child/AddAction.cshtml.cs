using Hearth.Core.ChildInNeed;
using Hearth.Core.Validation;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Add an action under an outcome: who (a named person or agency) does what by when.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class AddActionModel(ChildInNeedPlans plans) : CinPlanPageModel
{
    [FromRoute] public Guid OutcomeId { get; set; }
    [BindProperty] public string? What { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public DateParts ByDate { get; set; } = new();
    public CinPlanOutcome Outcome { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync() => await OpenOutcomeAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenOutcomeAsync() is { } redirect)
        {
            return redirect;
        }
        var by = ByDate.Read(ModelState, nameof(ByDate), "The date it will be done by");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => plans.AddActionAsync(OutcomeId, new CinActionInput(What, Owner, by), Ctx(), HttpContext.RequestAborted), "")
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
