using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>The current placement's plan and notifications (CPPCR 2010 regs 9 and 13), delegated authority and contact.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class PlacementPlanModel(CarePeriodService service) : CarePeriodPageModel
{
    [BindProperty] public DateParts PlacementPlanAgreedOn { get; set; } = new();
    [BindProperty] public DateParts NotificationsSentOn { get; set; } = new();
    [BindProperty] public string? DelegatedAuthority { get; set; }
    [BindProperty] public string? ContactArrangements { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        var p = CurrentPlacement;
        (PlacementPlanAgreedOn, NotificationsSentOn) = (DateParts.From(p.PlacementPlanAgreedOn), DateParts.From(p.NotificationsSentOn));
        (DelegatedAuthority, ContactArrangements) = (p.DelegatedAuthority, p.ContactArrangements);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        var input = new PlacementPlanInput(
            PlacementPlanAgreedOn.Read(ModelState, nameof(PlacementPlanAgreedOn), "The date the placement plan was agreed"),
            NotificationsSentOn.Read(ModelState, nameof(NotificationsSentOn), "The date the notifications were sent"),
            DelegatedAuthority, ContactArrangements);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.RecordPlacementPlanAsync(PeriodId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
