using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Record a chase of a stepped-down family for their consent or paperwork.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class ChaseModel(StepChanges steps) : StepChangePageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Method { get; set; }
    [BindProperty] public string? Notes { get; set; }

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
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenStepAsync() is { } redirect)
        {
            return redirect;
        }
        var date = Date.Read(ModelState, nameof(Date), "The date of the chase");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new StepDownChaseInput(date, FormChoice.Parse<ChaseMethod>(Method), Notes);
        return await TryAsync(() => steps.RecordChaseAsync(StepChangeId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.StepChange(Id, StepChangeId))
            : Page();
    }
}
