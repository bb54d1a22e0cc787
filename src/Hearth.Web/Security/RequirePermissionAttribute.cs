using Hearth.Core.Workforce;
using Microsoft.AspNetCore.Authorization;

namespace Hearth.Web.Security;

/// <summary>
/// Declares what a page or endpoint needs. The route-by-role test reads this metadata from every
/// endpoint, so no route can exist without saying who may use it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequirePermissionAttribute(Permission permission) : AuthorizeAttribute(PolicyName(permission))
{
    public Permission Permission { get; } = permission;

    public static string PolicyName(Permission permission) => $"permission:{permission}";
}

public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Can(requirement.Permission))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
