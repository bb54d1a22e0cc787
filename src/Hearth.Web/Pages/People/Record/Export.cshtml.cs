using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Downloads the whole record as JSON (subject access, transfer); the download is logged as an export.</summary>
[RequirePermission(Permission.ExportRecord)]
public sealed class ExportModel(RecordExport export) : HearthPageModel
{
    [FromRoute] public Guid Id { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var bytes = await export.ExportAsync(Id, Ctx(), ct: HttpContext.RequestAborted);
        return File(bytes, "application/json", $"hearth-record-{Id}.json");
    }
}
