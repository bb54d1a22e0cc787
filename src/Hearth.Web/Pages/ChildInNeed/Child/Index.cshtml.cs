using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.People;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.ChildInNeed.Child;

/// <summary>The child's CIN episodes: status, plan, visits, transfers and when the child was last seen.</summary>
[RequirePermission(Permission.ViewPersonRecord)]
public sealed class IndexModel(HearthDbContext db, ChildrenNotSeen notSeen, ChildInNeedOptions options) : PersonPageModel
{
    public override string Tab => "Child in need";
    public IReadOnlyList<CinEpisode> Episodes { get; private set; } = [];
    public IReadOnlyList<ChildInNeedPlan> Plans { get; private set; } = [];
    public IReadOnlyList<Visit> Visits { get; private set; } = [];
    public IReadOnlyList<CinTransfer> Transfers { get; private set; } = [];
    public IReadOnlyList<Core.CareProceedings.PreProceedings> PreProceedings { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Teams { get; private set; } = new Dictionary<Guid, string>();
    public LastSeen? LastSeen { get; private set; }
    public int DefaultFrequency => options.VisitingFrequencyWorkingDays;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } redirect)
        {
            return redirect;
        }
        var ct = HttpContext.RequestAborted;
        Episodes = await db.CinEpisodes.AsNoTracking().Where(e => e.PersonId == Id)
            .OrderByDescending(e => e.ReferralDate).ThenByDescending(e => e.OpenedAt).ToListAsync(ct);
        var ids = Episodes.Select(e => e.Id).ToList();
        Plans = await db.ChildInNeedPlans.AsNoTracking().Include(p => p.Outcomes).ThenInclude(o => o.Actions)
            .Where(p => ids.Contains(p.EpisodeId)).OrderByDescending(p => p.StartDate).ToListAsync(ct);
        Visits = await db.Visits.AsNoTracking().Where(v => v.PersonId == Id).OrderByDescending(v => v.Date).ThenByDescending(v => v.RecordedAt).ToListAsync(ct);
        Transfers = await db.CinTransfers.AsNoTracking().Where(t => ids.Contains(t.EpisodeId)).OrderByDescending(t => t.Date).ToListAsync(ct);
        PreProceedings = await db.PreProceedings.AsNoTracking().Where(p => ids.Contains(p.EpisodeId)).OrderByDescending(p => p.StartDate).ToListAsync(ct);
        var teamIds = Transfers.SelectMany(t => new[] { t.FromTeamId, t.ToTeamId }).Concat(Episodes.Select(e => e.TeamId)).OfType<Guid>().Distinct().ToList();
        Teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        LastSeen = await notSeen.LastSeenAsync(Id, ct);
        return Page();
    }

    public string TeamName(Guid? id) => id is { } t && Teams.TryGetValue(t, out var name) ? name : "Not set";
}
