using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Record a new address: the current one ends the day before the move, so the address history has no gaps.</summary>
[RequirePermission(Permission.EditPerson)]
public sealed class RecordMoveModel(PersonService people) : PersonPageModel
{
    public override string Tab => "Summary";
    [BindProperty] public string? Line1 { get; set; }
    [BindProperty] public string? Line2 { get; set; }
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public DateParts StartDate { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await OpenAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var movedIn = StartDate.Read(ModelState, nameof(StartDate), "Date they moved in", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => people.RecordAddressAsync(Id, new AddressDetails(Line1, Line2, Town, Postcode, movedIn), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Person(Id))
            : Page();
    }
}
