using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>Record a core group meeting on the child's plan.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class CoreGroupModel : DatedPlanRecordPageModel
{
    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public string? Notes { get; set; }

    protected override Task SaveAsync(DateOnly? date) =>
        Service.RecordCoreGroupAsync(PlanId, new CoreGroupInput(date, Attendees, Notes), Ctx(), HttpContext.RequestAborted);
}
