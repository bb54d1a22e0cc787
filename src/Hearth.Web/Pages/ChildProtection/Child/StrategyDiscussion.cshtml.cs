using System.Globalization;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>Record a strategy discussion on the child's open episode.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class StrategyDiscussionModel(CinEpisodeGuard guard) : ChildProtectionPageModel
{
    [BindProperty] public DateParts HeldOn { get; set; } = new();
    [BindProperty] public string? HeldAt { get; set; }
    [BindProperty] public string? PoliceAttendee { get; set; }
    [BindProperty] public string? HealthAttendee { get; set; }
    [BindProperty] public string? EducationAttendee { get; set; }
    [BindProperty] public string? SocialCareAttendee { get; set; }
    [BindProperty] public string? OtherAttendee { get; set; }
    [BindProperty] public string? OtherAgency { get; set; }
    [BindProperty] public string? InformationShared { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? AlternativePlan { get; set; }
    [BindProperty] public string? ImmediateSafetyActions { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        HeldOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var heldOn = HeldOn.Read(ModelState, nameof(HeldOn), "The date of the strategy discussion");
        TimeOnly? heldAt = null;
        if (!string.IsNullOrWhiteSpace(HeldAt))
        {
            if (TimeOnly.TryParseExact(HeldAt.Trim(), ["H:mm", "HH:mm", "H.mm", "HH.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                heldAt = t;
            }
            else
            {
                ModelState.AddModelError(nameof(HeldAt), "Enter the time of the strategy discussion as hours and minutes, for example 14:30");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        List<StrategyDiscussionAttendee> attendees =
        [
            new() { Name = PoliceAttendee ?? "", Agency = Agency.Police },
            new() { Name = HealthAttendee ?? "", Agency = Agency.Health },
            new() { Name = EducationAttendee ?? "", Agency = Agency.Education },
            new() { Name = SocialCareAttendee ?? "", Agency = Agency.ChildrensSocialCare },
            new() { Name = OtherAttendee ?? "", Agency = Agency.Other, AgencyName = OtherAgency },
        ];
        var input = new StrategyDiscussionInput(heldOn, heldAt, attendees, InformationShared, FormChoice.Parse<StrategyDecision>(Decision),
            AlternativePlan, ImmediateSafetyActions);
        return await TryAsync(async () =>
            {
                var episode = await guard.CurrentEpisodeAsync(Id, HttpContext.RequestAborted);
                await Service.RecordStrategyDiscussionAsync(episode.Id, input, Ctx(), HttpContext.RequestAborted);
            }, "")
            ? Redirect(Links.ChildProtection(Id))
            : Page();
    }
}
