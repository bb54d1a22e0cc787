using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>When the care plan was agreed (CPPCR 2010 reg 4).</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class CarePlanModel(Core.LookedAfter.CarePeriodService service) : CarePeriodPageModel
{
    [BindProperty] public DateParts CarePlanAgreedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        CarePlanAgreedOn = DateParts.From(Period.CarePlanAgreedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        var agreed = CarePlanAgreedOn.Read(ModelState, nameof(CarePlanAgreedOn), "The date the care plan was agreed", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.RecordCarePlanAgreedAsync(PeriodId, agreed, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
