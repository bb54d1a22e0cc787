using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>A manager sets how often this child must be seen (in working days) while the episode is open.</summary>
[RequirePermission(Permission.ManageCasework)]
public sealed class VisitingFrequencyModel(ChildInNeedEpisodes episodes, ChildInNeedOptions options) : CinEpisodePageModel
{
    [BindProperty] public string? VisitingFrequency { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        VisitingFrequency = (Episode.VisitingFrequencyWorkingDays ?? options.VisitingFrequencyWorkingDays).ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        int? days = int.TryParse(VisitingFrequency, out var d) ? d : null;
        return await TryAsync(() => episodes.SetVisitingFrequencyAsync(EpisodeId, days, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildInNeed(Id))
            : Page();
    }
}
