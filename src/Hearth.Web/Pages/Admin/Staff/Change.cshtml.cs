using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Admin.Staff;

/// <summary>Change a member of staff's role or team, or deactivate them (never delete: their work keeps its author).</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class ChangeModel(HearthDbContext db, StaffAdministration staff) : HearthPageModel
{
    [FromRoute] public Guid UserId { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? TeamId { get; set; }
    [BindProperty] public string? Active { get; set; }
    [BindProperty] public string? SocialWorkEnglandNumber { get; set; }
    public User Member { get; private set; } = null!;
    public IReadOnlyList<Choice> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        (Role, TeamId, Active) = (Member.Role.ToString(), Member.TeamId?.ToString(), Member.IsActive ? "yes" : "no");
        SocialWorkEnglandNumber = Member.SocialWorkEnglandNumber;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }
        Role? role = Enum.TryParse<Role>(Role, out var parsed) ? parsed : null;
        Guid? team = Guid.TryParse(TeamId, out var id) ? id : null;
        return await TryAsync(() => staff.ChangeAsync(UserId, role, team, Active != "no", Ctx(), HttpContext.RequestAborted, SocialWorkEnglandNumber), "")
            ? Redirect(Links.Staff)
            : Page();
    }

    private async Task<bool> LoadAsync()
    {
        Teams = await TeamChoices.LoadAsync(db, HttpContext.RequestAborted);
        var member = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == UserId, HttpContext.RequestAborted);
        Member = member!;
        return member is not null;
    }
}
