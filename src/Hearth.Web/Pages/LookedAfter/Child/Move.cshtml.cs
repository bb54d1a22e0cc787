using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>The child moves placement: from a date, with the reason for the move (REASON_PLACE_CHANGE).</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class MoveModel(CarePeriodService service) : CarePeriodPageModel, IPlacementFields
{
    [BindProperty] public DateParts From { get; set; } = new();
    [BindProperty] public string? ReasonForMove { get; set; }
    [BindProperty] public string? SameCarer { get; set; }
    [BindProperty] public string? PlacementType { get; set; }
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public string? CarerName { get; set; }
    [BindProperty] public string? Urn { get; set; }
    [BindProperty] public string? PlacementPostcode { get; set; }
    [BindProperty] public string? OutOfArea { get; set; }
    [BindProperty] public string? LongTerm { get; set; }
    [BindProperty] public string? Siblings { get; set; }

    public string CarerHint => "Leave blank if the child stays with the same carer";

    public IReadOnlyList<Choice> SameCarerChoices =>
    [
        new("true", $"Yes, the same carer ({CurrentPlacement.CarerName})", "For example, the foster carers are approved as the child's long-term carers"),
        new("false", "No, a new carer or provider"),
    ];

    public async Task<IActionResult> OnGetAsync() => await OpenPeriodAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenPeriodAsync() is { } redirect)
        {
            return redirect;
        }
        var sameCarer = LookedAfterChoices.ParseBool(SameCarer);
        if (sameCarer is null)
        {
            ModelState.AddModelError(nameof(SameCarer), "Select whether the child is staying with the same carer");
        }
        var input = new MovePlacementInput(From.Read(ModelState, nameof(From), "The date of the move", required: true),
            ReasonForMove, sameCarer ?? false, LookedAfterChoices.Placement(this));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.MovePlacementAsync(PeriodId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
