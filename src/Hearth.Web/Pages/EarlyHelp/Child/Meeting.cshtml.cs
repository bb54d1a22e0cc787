using Hearth.Core.EarlyHelp;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.EarlyHelp.Child;

/// <summary>Add a team around the family meeting or a plan review to an open episode.</summary>
[RequirePermission(Permission.RecordEarlyHelp)]
public sealed class MeetingModel(EarlyHelpService earlyHelp) : EarlyHelpEpisodePageModel
{
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Attendees { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        var date = Date.Read(ModelState, nameof(Date), "The date of the meeting");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new EarlyHelpMeetingInput(FormChoice.Parse<EarlyHelpMeetingKind>(Kind), date, Attendees, Notes);
        return await TryAsync(() => earlyHelp.RecordMeetingAsync(EpisodeId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.EarlyHelpEpisode(Id, EpisodeId))
            : Page();
    }
}
