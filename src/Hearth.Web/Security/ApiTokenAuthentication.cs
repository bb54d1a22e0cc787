using System.Security.Claims;
using System.Text.Encodings.Web;
using Hearth.Core.Workforce;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Security;

/// <summary>
/// "Authorization: Bearer hearth_..." for the API: a token issued to a user (hearth api-token) acts
/// with exactly that user's role and restrictions.
/// </summary>
public sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, UserAccounts accounts) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var user = await accounts.FindByApiTokenAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("The token is not valid.");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(CurrentUser.IdentityFor(user, SchemeName)), SchemeName));
    }
}
