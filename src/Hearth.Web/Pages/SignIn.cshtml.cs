using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages;

/// <summary>Local sign-in, for embedded and demo use. With OpenID Connect configured, staff sign in with Entra ID instead.</summary>
public sealed class SignInModel(UserAccounts accounts, IConfiguration configuration) : HearthPageModel
{
    /// <summary>
    /// With Entra ID configured, local passwords are refused unless Authentication:AllowLocalAccounts is
    /// set (a break-glass account while Entra is down): one way in is one thing to secure.
    /// </summary>
    private bool LocalAccountsAllowed =>
        string.IsNullOrWhiteSpace(configuration["Authentication:OpenIdConnect:Authority"])
        || configuration.GetValue("Authentication:AllowLocalAccounts", false);

    private IActionResult SignInWithEntra() => Challenge(
        new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Links.Home },
        Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectDefaults.AuthenticationScheme);

    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => LocalAccountsAllowed ? Page() : SignInWithEntra();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!LocalAccountsAllowed)
        {
            return SignInWithEntra();
        }
        if (string.IsNullOrWhiteSpace(UserName))
        {
            ModelState.AddModelError(nameof(UserName), "Enter your user name");
        }
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (outcome, user) = await accounts.SignInAsync(UserName, Password, HttpContext.RequestAborted);
        switch (outcome)
        {
            case SignInOutcome.LockedOut:
                ModelState.AddModelError(nameof(UserName), $"Your account is locked after {UserAccounts.MaximumFailedSignIns} wrong passwords. Try again in {UserAccounts.LockOutFor.TotalMinutes} minutes");
                return Page();
            case SignInOutcome.WrongDetails:
                // One message for both, so a failed sign-in does not reveal which user names exist.
                ModelState.AddModelError(nameof(UserName), "Enter a correct user name and password");
                return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new System.Security.Claims.ClaimsPrincipal(CurrentUser.IdentityFor(user!, CookieAuthenticationDefaults.AuthenticationScheme)));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Links.Home);
    }
}
