using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.LookedAfter.Child;

/// <summary>Record that the child became looked after: the period of care with its first legal status and placement.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class StartModel(CarePeriodService service) : PersonPageModel, IPlacementFields
{
    public override string Tab => LookedAfterChoices.Tab;

    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public string? CategoryOfNeed { get; set; }
    [BindProperty] public string? LegalStatus { get; set; }
    [BindProperty] public string? HomePostcode { get; set; }
    [BindProperty] public string? PlacementType { get; set; }
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public string? CarerName { get; set; }
    [BindProperty] public string? Urn { get; set; }
    [BindProperty] public string? PlacementPostcode { get; set; }
    [BindProperty] public string? OutOfArea { get; set; }
    [BindProperty] public string? LongTerm { get; set; }
    [BindProperty] public string? Siblings { get; set; }

    public string CarerHint => "The foster carers, or the home or other provider the child is placed with";

    public async Task<IActionResult> OnGetAsync() => await OpenAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var input = new StartCarePeriodInput(
            StartDate.Read(ModelState, nameof(StartDate), "The date the child became looked after", required: true),
            CategoryOfNeed, LegalStatus, HomePostcode, LookedAfterChoices.Placement(this));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => service.StartAsync(Id, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.LookedAfter(Id))
            : Page();
    }
}
