using Hearth.Core.FrontDoor;
using Hearth.Web.Hosting;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Hearth.Web.Pages.Refer;

/// <summary>
/// The multi-agency referral form for partners and the public: no sign-in, rate-limited by address,
/// and it answers only with the new reference, so it cannot be used to learn anything about a family.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicReferralRateLimit.Policy)]
public sealed class IndexModel(ContactRecording recording, FrontDoorOptions options) : HearthPageModel
{
    [BindProperty] public ReferralForm Form { get; set; } = new();

    /// <summary>Set once the referral is saved: the only thing from the record the page ever shows.</summary>
    public string? Reference { get; private set; }

    /// <summary>The service's message when this form was already sent (a double click, the back button, a replay).</summary>
    public string? AlreadySent { get; private set; }

    public string FrontDoorPhone => options.FrontDoorPhone;

    public void OnGet() => Form = new ReferralForm { SubmissionKey = Guid.NewGuid() };

    public async Task<IActionResult> OnPostAsync()
    {
        // A key that is not a GUID binds as empty (no replay check) rather than showing a binding error.
        ModelState.Remove(SubmissionKeyField);
        string? reference = null;
        if (await TryAsync(async () => reference = await recording.SubmitPublicReferralAsync(Form.ToInput(), HttpContext.RequestAborted), "Form"))
        {
            Reference = reference;
            return Page();
        }
        if (ModelState[SubmissionKeyField]?.Errors.FirstOrDefault()?.ErrorMessage is { } message)
        {
            AlreadySent = message;
            ModelState.Remove(SubmissionKeyField);
        }
        return Page();
    }

    private const string SubmissionKeyField = "Form." + nameof(ReferralForm.SubmissionKey);
}
