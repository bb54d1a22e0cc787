using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Admin.Staff;

public sealed record StaffRow(Guid Id, string DisplayName, string UserName, string? Email, Role Role, string? Team, bool IsActive, bool HasPassword, bool SignedInWithEntra);

/// <summary>Staff and teams, for administrators.</summary>
[RequirePermission(Permission.ManageUsers)]
public sealed class IndexModel(HearthDbContext db) : HearthPageModel
{
    public IReadOnlyList<StaffRow> Staff { get; private set; } = [];
    public IReadOnlyList<(string Team, string? Manager, int Members)> Teams { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Staff = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new StaffRow(u.Id, u.DisplayName, u.UserName, u.Email, u.Role, u.Team!.Name, u.IsActive, u.PasswordHash != null, u.ExternalSubject != null))
            .ToListAsync(HttpContext.RequestAborted);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new { t.Name, Manager = db.Users.Where(u => u.Id == t.ManagerId).Select(u => u.DisplayName).FirstOrDefault(), Members = db.Users.Count(u => u.TeamId == t.Id && u.IsActive) })
            .ToListAsync(HttpContext.RequestAborted);
        Teams = teams.Select(t => (t.Name, t.Manager, t.Members)).ToList();
    }
}
