using System.Security.Claims;
using Hearth.Core.Audit;
using Hearth.Core.Workforce;

namespace Hearth.Web.Security;

/// <summary>Reads the signed-in user from claims and turns them into the ProcessContext services take.</summary>
public static class CurrentUser
{
    public const string RoleClaim = "hearth:role";

    public static Guid Id(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    public static Role? HearthRole(this ClaimsPrincipal user) =>
        Enum.TryParse<Role>(user.FindFirstValue(RoleClaim), out var role) ? role : null;

    public static bool Can(this ClaimsPrincipal user, Permission permission) =>
        user.HearthRole() is { } role && PermissionMatrix.Allows(role, permission);

    public static ProcessContext Context(this ClaimsPrincipal user, string? reason = null) =>
        new(user.Id(), user.Identity?.Name ?? "unknown", reason);

    public static ClaimsIdentity IdentityFor(User user, string authenticationType) => new(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(ClaimTypes.Name, user.DisplayName),
            new Claim(RoleClaim, user.Role.ToString()),
        ], authenticationType, ClaimTypes.Name, RoleClaim);
}
