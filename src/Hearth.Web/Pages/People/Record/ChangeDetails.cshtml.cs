using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Change a person's own details. A new legal name keeps the old one as a previous name.</summary>
[RequirePermission(Permission.EditPerson)]
public sealed class ChangeDetailsModel(PersonService people) : PersonPageModel
{
    public override string Tab => "Summary";
    [BindProperty] public PersonForm Input { get; set; } = new();
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Input = PersonForm.From(Person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var details = Input.ToDetails(ModelState, nameof(Input));
        if (details is null)
        {
            return Page();
        }
        var reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
        return await TryAsync(() => people.ChangeDetailsAsync(Id, details, Ctx(reason), HttpContext.RequestAborted))
            ? Redirect(Links.Person(Id))
            : Page();
    }
}
