using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Admin.Staff;

/// <summary>Add a member of staff: with Entra ID, leave the password empty and give their work email.</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class AddModel(HearthDbContext db, StaffAdministration staff) : HearthPageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? TeamId { get; set; }
    [BindProperty] public string? Password { get; set; }
    public IReadOnlyList<Choice> Teams { get; private set; } = [];

    public static IReadOnlyList<Choice> Roles { get; } = Enum.GetValues<Role>().Select(r => new Choice(r.ToString(), r.Label())).ToList();

    public async Task OnGetAsync() => Teams = await TeamChoices.LoadAsync(db, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Teams = await TeamChoices.LoadAsync(db, HttpContext.RequestAborted);
        var details = new StaffMemberDetails(UserName, DisplayName, Email,
            Enum.TryParse<Role>(Role, out var role) ? role : null, Guid.TryParse(TeamId, out var team) ? team : null, Password);
        return await TryAsync(() => staff.AddAsync(details, Ctx(), HttpContext.RequestAborted), "") ? Redirect(Links.Staff) : Page();
    }
}

public static class TeamChoices
{
    public static async Task<IReadOnlyList<Choice>> LoadAsync(HearthDbContext db, CancellationToken ct) =>
        await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), t.Name, null)).ToListAsync(ct);
}
