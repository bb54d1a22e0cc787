using Hearth.Core.ChildInNeed;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Record a statutory visit: who went, whether the child was seen (and alone), where, and what was observed.</summary>
[RequirePermission(Permission.RecordCasework)]
public sealed class VisitModel(Visits visits) : CinEpisodePageModel
{
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? VisitedBy { get; set; }
    [BindProperty] public string? ChildSeen { get; set; }
    [BindProperty] public string? SeenAlone { get; set; }
    [BindProperty] public string? Location { get; set; }
    [BindProperty] public string? LocationDetail { get; set; }
    [BindProperty] public string? Observations { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        VisitedBy = User.Context().UserName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        var date = Date.Read(ModelState, nameof(Date), "The date of the visit", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new VisitInput(date, VisitedBy, CinChoices.ParseBool(ChildSeen), CinChoices.ParseBool(SeenAlone),
            FormChoice.Parse<VisitLocation>(Location), LocationDetail, Observations);
        return await TryAsync(() => visits.RecordAsync(EpisodeId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildInNeed(Id))
            : Page();
    }
}
