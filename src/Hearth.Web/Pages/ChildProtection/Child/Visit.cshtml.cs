using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>Record a child protection visit on the child's plan.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class VisitModel : DatedPlanRecordPageModel
{
    [BindProperty] public List<string> Seen { get; set; } = [];
    [BindProperty] public string? Notes { get; set; }

    public static IReadOnlyList<Choice> SeenChoices { get; } = [new("Seen", "The child was seen"), new("Alone", "The child was seen alone")];

    protected override Task SaveAsync(DateOnly? date) =>
        Service.RecordVisitAsync(PlanId, new ChildProtectionVisitInput(date, Seen.Contains("Seen"), Seen.Contains("Alone"), Notes), Ctx(), HttpContext.RequestAborted);
}
