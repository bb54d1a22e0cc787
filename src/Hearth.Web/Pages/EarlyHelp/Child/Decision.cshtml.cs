using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>The receiving team accepts or declines a step-down or step-up.</summary>
[RequirePermission(Permission.AcceptStepChanges)]
public sealed class DecisionModel(StepChanges steps) : StepChangePageModel
{
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public DateParts DecisionDate { get; set; } = new();
    [BindProperty] public string? DeclineReason { get; set; }

    public static IReadOnlyList<Choice> Decisions { get; } = [new("Accept", "Accept"), new("Decline", "Decline")];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenStepAsync() is { } redirect)
        {
            return redirect;
        }
        if (Step.Status != StepChangeStatus.AwaitingDecision)
        {
            return Redirect(Links.StepChange(Id, StepChangeId));
        }
        DecisionDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenStepAsync() is { } redirect)
        {
            return redirect;
        }
        var date = DecisionDate.Read(ModelState, nameof(DecisionDate), "The date of the decision");
        if (Decision is not ("Accept" or "Decline"))
        {
            ModelState.AddModelError(nameof(Decision), $"Select whether you accept or decline the {Step.Noun}");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var saved = await TryAsync(() => Decision == "Accept"
            ? steps.AcceptAsync(StepChangeId, date, Ctx(), HttpContext.RequestAborted)
            : steps.DeclineAsync(StepChangeId, date, DeclineReason, Ctx(), HttpContext.RequestAborted), "");
        return saved ? Redirect(Links.StepChange(Id, StepChangeId)) : Page();
    }
}
