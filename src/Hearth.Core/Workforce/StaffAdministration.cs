using System.Text.RegularExpressions;
using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Workforce;

public sealed record StaffMemberDetails(string? UserName, string? DisplayName, string? Email, Role? Role, Guid? TeamId, string? Password);

public sealed record StaffMemberAdded(Guid UserId, string UserName, string DisplayName, string? Email, Role Role, string? Team, bool LocalPassword) : IProcessEvent
{
    public string Summary => $"Staff member added: {DisplayName} ({Role})";
}

public sealed record StaffMemberChanged(Guid UserId, string UserName, Role OldRole, Role NewRole, string? OldTeam, string? NewTeam, bool OldActive, bool NewActive,
    string? SocialWorkEnglandNumber = null) : IProcessEvent
{
    public string Summary => NewActive ? $"Staff member changed: {UserName}" : $"Staff member deactivated: {UserName}";
}

public sealed record TeamAdded(Guid TeamId, string Name, Guid? ManagerId) : IProcessEvent
{
    public string Summary => $"Team added: {Name}";
}

/// <summary>
/// Administrators add staff, teams and managers. With Entra ID the account has no password here: the
/// person signs in with Entra and is matched on their email the first time. Nobody is ever deleted,
/// only deactivated, so every event keeps a real author.
/// </summary>
public sealed partial class StaffAdministration(HearthDbContext db, EventRecorder events)
{
    public async Task<User> AddAsync(StaffMemberDetails d, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        var userName = d.UserName?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(userName))
        {
            errors.Add("UserName", "Enter a user name");
        }
        else if (!UserNamePattern().IsMatch(userName))
        {
            errors.Add("UserName", "User name must be 3 to 60 characters: letters, numbers, dots, hyphens and underscores");
        }
        else if (await db.Users.AnyAsync(u => u.UserName == userName, ct))
        {
            errors.Add("UserName", "That user name is already taken");
        }
        errors.Required("DisplayName", d.DisplayName, "Enter their full name");
        errors.MaxLength("DisplayName", d.DisplayName, 100, "Full name");
        var email = string.IsNullOrWhiteSpace(d.Email) ? null : d.Email.Trim().ToLowerInvariant();
        if (email is not null && !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            errors.Add("Email", "Enter an email address in the correct format, like name@example.com");
        }
        else if (email is not null && await db.Users.AnyAsync(u => u.Email == email, ct))
        {
            errors.Add("Email", "Another member of staff already has that email address");
        }
        if (d.Role is null || !Enum.IsDefined(d.Role.Value))
        {
            errors.Add("Role", "Select their role");
        }
        var team = d.TeamId is { } teamId ? await db.Teams.SingleOrDefaultAsync(t => t.Id == teamId, ct) : null;
        if (team is null)
        {
            errors.Add("TeamId", "Select their team");
        }
        // NCSC password guidance: length over complexity rules.
        if (!string.IsNullOrEmpty(d.Password) && d.Password.Length < 12)
        {
            errors.Add("Password", "Password must be 12 characters or more");
        }
        errors.ThrowIfAny();

        var user = new User
        {
            UserName = userName!,
            DisplayName = d.DisplayName!.Trim(),
            Email = email,
            Role = d.Role!.Value,
            TeamId = team!.Id,
            PasswordHash = string.IsNullOrEmpty(d.Password) ? null : PasswordHashing.Hash(d.Password),
        };
        db.Users.Add(user);
        events.Record(ctx, "Workforce.AddStaffMember",
            new StaffMemberAdded(user.Id, user.UserName, user.DisplayName, user.Email, user.Role, team.Name, user.PasswordHash is not null), []);
        await db.SaveChangesAsync(ct);
        return user;
    }

    /// <param name="socialWorkEnglandNumber">
    /// The worker's Social Work England registration (SW and digits), which the SSDA903's SWEpisodes report as SW_ID; a
    /// worker without one is reported as XX and a stable id (DfE rule SW02STG1).
    /// </param>
    public async Task ChangeAsync(Guid userId, Role? role, Guid? teamId, bool active, ProcessContext ctx, CancellationToken ct = default,
        string? socialWorkEnglandNumber = null)
    {
        var user = await db.Users.Include(u => u.Team).SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw new RecordNotFoundException();
        var team = teamId is { } id ? await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct) : null;
        var errors = new ErrorList();
        if (role is null || !Enum.IsDefined(role.Value))
        {
            errors.Add("Role", "Select their role");
        }
        if (team is null)
        {
            errors.Add("TeamId", "Select their team");
        }
        if (userId == ctx.UserId && !active)
        {
            errors.Add("Active", "You cannot deactivate your own account");
        }
        var registration = string.IsNullOrWhiteSpace(socialWorkEnglandNumber) ? null : socialWorkEnglandNumber.Trim().ToUpperInvariant();
        if (registration is not null && (registration.Length is < 3 or > 12 || !registration.StartsWith("SW", StringComparison.Ordinal)
            || !registration[2..].All(char.IsAsciiDigit)))
        {
            errors.Add("SocialWorkEnglandNumber", "Enter the Social Work England number as SW followed by digits, like SW123456");
        }
        errors.ThrowIfAny();
        var changed = new StaffMemberChanged(user.Id, user.UserName, user.Role, role!.Value, user.Team?.Name, team!.Name, user.IsActive, active,
            registration);
        user.SocialWorkEnglandNumber = registration;
        user.Role = role.Value;
        user.TeamId = team.Id;
        user.IsActive = active;
        events.Record(ctx, "Workforce.ChangeStaffMember", changed, []);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Team> AddTeamAsync(string? name, Guid? managerId, ProcessContext ctx, CancellationToken ct = default)
    {
        var errors = new ErrorList();
        errors.Required("Name", name, "Enter the team's name");
        errors.MaxLength("Name", name, 100, "Team name");
        if (!string.IsNullOrWhiteSpace(name) && await db.Teams.AnyAsync(t => t.Name == name.Trim(), ct))
        {
            errors.Add("Name", "There is already a team with that name");
        }
        errors.ThrowIfAny();
        var team = new Team { Name = name!.Trim(), ManagerId = managerId };
        db.Teams.Add(team);
        events.Record(ctx, "Workforce.AddTeam", new TeamAdded(team.Id, team.Name, managerId), []);
        await db.SaveChangesAsync(ct);
        return team;
    }

    [GeneratedRegex("^[a-z0-9._-]{3,60}$")]
    private static partial Regex UserNamePattern();
}
