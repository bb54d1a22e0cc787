using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Escalate a step-down whose family has not returned consent after the authority's period.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class EscalateModel(Hearth.Core.EarlyHelp.StepChanges steps) : StepChangePageModel
{
    [BindProperty] public DateParts EscalatedOn { get; set; } = new();
    [BindProperty] public string? EscalatedTo { get; set; }
    [BindProperty] public string? EscalationNote { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenStepAsync() is { } redirect)
        {
            return redirect;
        }
        if (!Step.AwaitsPaperwork)
        {
            return Redirect(Links.StepChange(Id, StepChangeId));
        }
        EscalatedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenStepAsync() is { } redirect)
        {
            return redirect;
        }
        var date = EscalatedOn.Read(ModelState, nameof(EscalatedOn), "The date of the escalation");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => steps.EscalateAsync(StepChangeId, date, EscalatedTo, EscalationNote, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.StepChange(Id, StepChangeId))
            : Page();
    }
}
