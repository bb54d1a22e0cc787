using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Admin;

[RequirePermission(Permission.ManageUsers)]
public sealed class AddTeamModel(HearthDbContext db, StaffAdministration staff) : HearthPageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? ManagerId { get; set; }
    public IReadOnlyList<Choice> Managers { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        Guid? manager = Guid.TryParse(ManagerId, out var id) ? id : null;
        return await TryAsync(() => staff.AddTeamAsync(Name, manager, Ctx(), HttpContext.RequestAborted), "") ? Redirect(Links.Staff) : Page();
    }

    private async Task LoadAsync() =>
        Managers = await db.Users.AsNoTracking().Where(u => u.IsActive && (u.Role == Role.TeamManager || u.Role == Role.ServiceManager))
            .OrderBy(u => u.DisplayName).Select(u => new Choice(u.Id.ToString(), u.DisplayName, null)).ToListAsync(HttpContext.RequestAborted);
}
