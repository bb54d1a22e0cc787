using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>End the child protection plan on the child's plan.</summary>
[RequirePermission(Permission.ChairConferences)]
public sealed class EndPlanModel : DatedPlanRecordPageModel
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Notes { get; set; }

    protected override Task SaveAsync(DateOnly? date) =>
        Service.EndPlanAsync(PlanId, new PlanEndInput(date, FormChoice.Parse<ChildProtectionPlanEndReason>(Reason), Notes), Ctx(), HttpContext.RequestAborted);
}
