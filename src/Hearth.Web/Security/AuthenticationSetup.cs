using System.Security.Claims;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Security;

/// <summary>
/// Sign-in: a cookie for the pages, a bearer token for the API, and OpenID Connect (Microsoft Entra ID)
/// when configured under Authentication:OpenIdConnect; local accounts otherwise. Every route needs a
/// signed-in user unless it says otherwise (DESIGN.md idea 6).
/// </summary>
public static class AuthenticationSetup
{
    private const string Selector = "Hearth";

    public static IServiceCollection AddHearthSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var oidc = configuration.GetSection("Authentication:OpenIdConnect");
        var useOidc = !string.IsNullOrWhiteSpace(oidc["Authority"]);

        var auth = services.AddAuthentication(options =>
            {
                options.DefaultScheme = Selector;
                options.DefaultChallengeScheme = Selector;
            })
            .AddPolicyScheme(Selector, "Cookie or bearer token", options =>
            {
                // The API answers 401 to a missing token, never a sign-in redirect (to Entra ID or the sign-in page).
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    || context.Request.Path.StartsWithSegments("/api")
                        ? ApiTokenAuthentication.SchemeName
                        : CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddCookie(options =>
            {
                options.Cookie.Name = "hearth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // Session timeout: a shared office screen left signed in is a real risk with this data.
                options.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Authentication:SessionMinutes", 30));
                options.SlidingExpiration = true;
                options.LoginPath = "/sign-in";
                options.LogoutPath = "/sign-out";
                options.AccessDeniedPath = "/forbidden";
                options.Events.OnValidatePrincipal = RecheckUser;
                options.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
                if (useOidc)
                {
                    options.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
                }
            });

        if (useOidc)
        {
            auth.AddOpenIdConnect(options =>
            {
                options.Authority = oidc["Authority"];
                options.ClientId = oidc["ClientId"];
                options.ClientSecret = oidc["ClientSecret"];
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.Scope.Add("email");
                options.CallbackPath = oidc["CallbackPath"] ?? "/signin-oidc";
                options.Events.OnTokenValidated = MapToHearthUser;
            });
        }

        services.AddDataProtection().SetApplicationName("Hearth");
        services.AddSingleton<DatabaseKeyRepository>();
        services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<DatabaseKeyRepository>((options, repository) => options.XmlRepository = repository);
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var permission in Enum.GetValues<Permission>())
        {
            services.AddAuthorizationBuilder().AddPolicy(RequirePermissionAttribute.PolicyName(permission),
                policy => policy.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(permission)));
        }
        return services;
    }

    /// <summary>
    /// An Entra ID user signs in as the Hearth user with the same subject (or, the first time, the same
    /// email); the role always comes from Hearth, never from the identity provider's token.
    /// </summary>
    private static async Task MapToHearthUser(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        var subject = context.Principal?.FindFirstValue("oid") ?? context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var email = context.Principal?.FindFirstValue(ClaimTypes.Email) ?? context.Principal?.FindFirstValue("preferred_username");
        var user = await db.Users.SingleOrDefaultAsync(u => u.IsActive && u.ExternalSubject == subject)
            ?? await db.Users.SingleOrDefaultAsync(u => u.IsActive && u.ExternalSubject == null && u.Email != null && u.Email == email);
        if (user is null || subject is null)
        {
            context.Fail("This account has no access to Hearth. Ask an administrator to add you.");
            return;
        }
        user.ExternalSubject = subject;
        await db.SaveChangesAsync();
        context.Principal = new ClaimsPrincipal(CurrentUser.IdentityFor(user, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>
    /// A deactivated account or a changed role takes effect on the next request, not when the cookie
    /// expires: one lookup by primary key per request.
    /// </summary>
    private static async Task RecheckUser(CookieValidatePrincipalContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<HearthDbContext>();
        var id = context.Principal?.Id() ?? Guid.Empty;
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id && u.IsActive);
        if (user is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (context.Principal!.HearthRole() != user.Role)
        {
            context.ReplacePrincipal(new ClaimsPrincipal(CurrentUser.IdentityFor(user, CookieAuthenticationDefaults.AuthenticationScheme)));
            context.ShouldRenew = true;
        }
    }

    private static Task ApiAware(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
