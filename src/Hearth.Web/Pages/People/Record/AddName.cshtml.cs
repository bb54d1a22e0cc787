using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Another name the person is known by, so a search for it finds them.</summary>
[RequirePermission(Permission.EditPerson)]
public sealed class AddNameModel(PersonService people) : PersonPageModel
{
    public override string Tab => "Summary";
    [BindProperty] public string? AliasGivenNames { get; set; }
    [BindProperty] public string? AliasFamilyName { get; set; }

    public async Task<IActionResult> OnGetAsync() => await OpenAsync() ?? Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        return await TryAsync(() => people.RecordAliasAsync(Id, AliasGivenNames, AliasFamilyName, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.Person(Id))
            : Page();
    }
}
