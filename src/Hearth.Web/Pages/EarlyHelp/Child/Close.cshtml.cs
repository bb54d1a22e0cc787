using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Close an early help episode with its outcome. A step-up to social care is recorded separately.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class CloseModel(EarlyHelpService earlyHelp) : EarlyHelpEpisodePageModel
{
    [BindProperty] public DateParts ClosedOn { get; set; } = new();
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        if (!Episode.IsOpen)
        {
            return Redirect(Links.EarlyHelpEpisode(Id, EpisodeId));
        }
        ClosedOn = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        var closedOn = ClosedOn.Read(ModelState, nameof(ClosedOn), "The date the episode closed");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var closure = new EarlyHelpClosure(closedOn, FormChoice.Parse<EarlyHelpClosureOutcome>(Outcome), Note);
        return await TryAsync(() => earlyHelp.CloseAsync(EpisodeId, closure, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.EarlyHelpEpisode(Id, EpisodeId))
            : Page();
    }
}
