using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>The child ceased to be looked after: the end date and the reason (REC).</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class EndModel(CarePeriodService service) : CarePeriodPageModel
{
    [BindProperty] public DateParts EndDate { get; set; } = new();
    [BindProperty] public string? ReasonCeased { get; set; }

    public async Task<IActionResult> OnGetAsync() => await OpenPeriodAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        var end = EndDate.Read(ModelState, nameof(EndDate), "The date the child ceased to be looked after", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.EndAsync(PeriodId, end, ReasonCeased, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
