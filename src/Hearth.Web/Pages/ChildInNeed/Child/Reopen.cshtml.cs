using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Reopen a closed CIN episode with a reason, so work can be recorded on it again.</summary>
[RequirePermission(Permission.ManageCasework)]
public sealed class ReopenModel(ChildInNeedEpisodes episodes) : CinEpisodePageModel
{
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        return Episode.IsOpen ? Redirect(Links.ChildInNeed(Id)) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        return await TryAsync(() => episodes.ReopenAsync(EpisodeId, Reason, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildInNeed(Id))
            : Page();
    }
}
