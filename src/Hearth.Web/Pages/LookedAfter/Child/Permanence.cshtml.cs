using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>The permanence plan, which the second review should agree (Care Planning Regulations guidance vol 2, ch 2).</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class PermanenceModel(CarePeriodService service) : CarePeriodPageModel
{
    [BindProperty] public string? PermanenceGoal { get; set; }
    [BindProperty] public DateParts DecidedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        PermanenceGoal = Period.PermanenceGoal?.ToString();
        DecidedOn = DateParts.From(Period.PermanenceDecidedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        var decided = DecidedOn.Read(ModelState, nameof(DecidedOn), "The date the permanence plan was decided", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var goal = FormChoice.Parse<Core.LookedAfter.PermanenceGoal>(PermanenceGoal);
        return await TryAsync(() => service.RecordPermanencePlanAsync(PeriodId, goal, decided, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
