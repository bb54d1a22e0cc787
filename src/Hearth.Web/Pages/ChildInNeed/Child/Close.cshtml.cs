using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Close the CIN episode with the DfE reason for closure and a summary; open plans end with it.</summary>
[RequirePermission(Permission.ManageCasework)]
public sealed class CloseModel(ChildInNeedEpisodes episodes) : CinEpisodePageModel
{
    [BindProperty] public DateParts CloseDate { get; set; } = new();
    [BindProperty] public string? ReasonForClosure { get; set; }
    [BindProperty] public string? Summary { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        if (!Episode.IsOpen)
        {
            return Redirect(Links.ChildInNeed(Id));
        }
        CloseDate = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        var date = CloseDate.Read(ModelState, nameof(CloseDate), "The date the episode closed", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await TryAsync(() => episodes.CloseAsync(EpisodeId, new CinClosureInput(date, ReasonForClosure, Summary), Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildInNeed(Id))
            : Page();
    }
}
