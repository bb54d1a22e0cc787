using Hearth.Core.FrontDoor;
using Hearth.Web.Hosting;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages;

/// <summary>
/// Every error page. A missing record and a restricted one land here identically (404), so the
/// answer never reveals that a restricted record exists.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(FrontDoorOptions frontDoor) : HearthPageModel
{
    public int Status { get; private set; }
    public string Title => ErrorHandling.Title(Status);

    /// <summary>For the public referral form's "too many referrals" answer.</summary>
    public string FrontDoorPhone => frontDoor.FrontDoorPhone;

    public IActionResult OnGet(int? status) => Show(status);

    public IActionResult OnPost(int? status) => Show(status);

    private IActionResult Show(int? status)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        Status = exception is not null ? ErrorHandling.StatusFor(exception) : status ?? 500;
        Response.StatusCode = Status;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? "";
        if (original.StartsWith("/api", StringComparison.Ordinal))
        {
            return new ObjectResult(new ProblemDetails { Status = Status, Title = Title }) { StatusCode = Status };
        }
        return Page();
    }
}
