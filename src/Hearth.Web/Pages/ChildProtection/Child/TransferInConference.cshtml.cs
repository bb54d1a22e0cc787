using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Pages.ChildProtection.Child;

/// <summary>
/// Record a transfer-in conference for a child who moved in on another authority's plan; a decision of
/// "plan" starts this authority's plan (local procedures: within 15 working days of written notice).
/// </summary>
[RequirePermission(Permission.ChairConferences)]
public sealed class TransferInConferenceModel : ConferencePageModel
{
    [BindProperty] public string? TransferredFrom { get; set; }
    [BindProperty] public DateParts NoticeReceivedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var notice = NoticeReceivedOn.Read(ModelState, nameof(NoticeReceivedOn), "The date notice of the move was received", required: true);
        var input = ReadConference();
        if (input is null)
        {
            return Page();
        }
        var guard = HttpContext.RequestServices.GetRequiredService<CinEpisodeGuard>();
        return await TryAsync(async () =>
            {
                var episode = await guard.CurrentEpisodeAsync(Id, HttpContext.RequestAborted);
                await Service.RecordTransferInConferenceAsync(episode.Id, new TransferInInput(TransferredFrom, notice), input, Ctx(), HttpContext.RequestAborted);
            }, "")
            ? Redirect(Links.ChildProtection(Id))
            : Page();
    }
}
