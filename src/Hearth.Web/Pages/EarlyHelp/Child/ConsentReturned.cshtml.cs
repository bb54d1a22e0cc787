using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>The stepped-down family has returned their consent: once the step-down is accepted, early help opens.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class ConsentReturnedModel(StepChanges steps) : StepChangePageModel
{
    [BindProperty] public DateParts ConsentReturnedOn { get; set; } = new();

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
        ConsentReturnedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenStepAsync() is { } redirect)
        {
            return redirect;
        }
        var date = ConsentReturnedOn.Read(ModelState, nameof(ConsentReturnedOn), "The date the consent was returned");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => steps.RecordConsentReturnedAsync(StepChangeId, date, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.StepChange(Id, StepChangeId))
            : Page();
    }
}
