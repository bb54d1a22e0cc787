using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>A new legal status from a date: an order made, section 20 ending in an order, police protection ending.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class LegalStatusModel(CarePeriodService service) : CarePeriodPageModel
{
    [BindProperty] public DateParts From { get; set; } = new();
    [BindProperty] public string? LegalStatus { get; set; }

    public bool PoliceProtectionOverran => CarePeriodEpisodes.PoliceProtectionOverran(Period, Today);

    public async Task<IActionResult> OnGetAsync() => await OpenPeriodAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        var from = From.Read(ModelState, nameof(From), "The date the legal status changed", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.ChangeLegalStatusAsync(PeriodId, from, LegalStatus, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
