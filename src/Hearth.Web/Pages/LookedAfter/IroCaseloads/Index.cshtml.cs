using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.IroCaseloads;

/// <summary>
/// Each IRO and the number of open periods of care they hold (IRO Handbook 2010 para 7.15 suggests 50 to 70 children
/// for a full-time IRO), with the children listed for a reader allowed to open their records.
/// </summary>
[RequirePermission(Permission.ViewPerformance)]
public sealed class IndexModel(Hearth.Core.LookedAfter.IroCaseloads caseloads) : HearthPageModel
{
    public IReadOnlyList<IroCaseload> Caseloads { get; private set; } = [];
    public bool CanOpenRecords { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        CanOpenRecords = User.Can(Permission.ViewPersonRecord);
        Caseloads = await caseloads.ListAsync(Ctx().UserId, HttpContext.RequestAborted);
        return Page();
    }
}
