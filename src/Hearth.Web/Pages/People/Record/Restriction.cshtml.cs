using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.People.Record;

/// <summary>Restrict a record to a named list of staff, with a reason; or lift the restriction.</summary>
[RequirePermission(Permission.ManageRestrictions)]
public sealed class RestrictionModel(HearthDbContext db, RestrictionService restrictions) : PersonPageModel
{
    public override string Tab => "Summary";
    [BindProperty] public string? Restricted { get; set; }
    [BindProperty] public List<Guid> AccessList { get; set; } = [];
    [BindProperty] public string? Reason { get; set; }
    public IReadOnlyList<User> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        Restricted = Person.IsRestricted ? "yes" : "no";
        AccessList = Person.AccessList.Select(a => a.UserId).ToList();
        if (!Person.IsRestricted)
        {
            AccessList.Add(User.Id());
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } redirect)
        {
            return redirect;
        }
        if (Restricted is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Restricted), "Select whether the record is restricted");
            return Page();
        }
        return await TryAsync(() => restrictions.SetAsync(Id, Restricted == "yes", AccessList, Ctx(Reason), HttpContext.RequestAborted), "")
            ? Redirect(Links.Person(Id))
            : Page();
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Staff = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName).ToListAsync(HttpContext.RequestAborted);
        return null;
    }
}
