using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>End the child protection plan on the child's plan.</summary>
[RequirePermission(Permission.ChairConferences)]
public sealed class EndPlanModel : ChildProtectionPlanPageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Notes { get; set; }

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
        var date = Date.Read(ModelState, nameof(Date), "The date");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => Service.EndPlanAsync(PlanId, new PlanEndInput(date, ChildProtectionChoices.Parse<ChildProtectionPlanEndReason>(Reason), Notes), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildProtectionPlan(Id, PlanId))
            : Page();
    }
}
