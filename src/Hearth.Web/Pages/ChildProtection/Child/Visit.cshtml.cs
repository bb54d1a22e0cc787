using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>Record a child protection visit on the child's plan.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class VisitModel : ChildProtectionPlanPageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public List<string> Seen { get; set; } = [];
    [BindProperty] public string? Notes { get; set; }

    public static IReadOnlyList<Choice> SeenChoices { get; } = [new("Seen", "The child was seen"), new("Alone", "The child was seen alone")];

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
        return await TryAsync(() => Service.RecordVisitAsync(PlanId, new ChildProtectionVisitInput(date, Seen.Contains("Seen"), Seen.Contains("Alone"), Notes), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildProtectionPlan(Id, PlanId))
            : Page();
    }
}
