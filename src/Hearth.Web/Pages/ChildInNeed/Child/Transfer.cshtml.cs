using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>Transfer the case to another team with the manager's direction.</summary>
[RequirePermission(Permission.ManageCasework)]
public sealed class TransferModel(ChildInNeedEpisodes episodes, HearthDbContext db) : CinEpisodePageModel
{
    [BindProperty] public string? ToTeamId { get; set; }
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public string? Direction { get; set; }
    public IReadOnlyList<Choice> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAndLoadAsync() is { } redirect)
        {
            return redirect;
        }
        Date = DateParts.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await OpenAndLoadAsync() is { } redirect)
        {
            return redirect;
        }
        var date = Date.Read(ModelState, nameof(Date), "The date of the transfer", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new CinTransferInput(Guid.TryParse(ToTeamId, out var team) ? team : null, date, Direction);
        return await TryAsync(() => episodes.TransferAsync(EpisodeId, input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.ChildInNeed(Id))
            : Page();
    }

    private async Task<IActionResult?> OpenAndLoadAsync()
    {
        if (await OpenEpisodeAsync() is { } redirect)
        {
            return redirect;
        }
        Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), t.Name, null)).ToListAsync(HttpContext.RequestAborted);
        return null;
    }
}
