using Hearth.Core.Data;
using Hearth.Core.Oversight;
using Hearth.Core.Returns.CinCensus;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Oversight;

/// <summary>A team's open census findings today, for the manager's view.</summary>
public sealed record TeamCensusFindings(Guid TeamId, string Team, int Open);

/// <summary>The team manager's view: every obligation of the team's children, overdue first, by worker, and cases without oversight.</summary>
[RequirePermission(Permission.ViewTeamWork)]
public sealed class TeamModel(TeamWork work, HearthDbContext db, CensusDataQuality quality, TimeProvider clock) : HearthPageModel
{
    public TeamWorkView View { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<TeamCensusFindings> Census { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = clock.TodayInEngland();
        var ct = HttpContext.RequestAborted;
        View = await work.ForManagerAsync(User.Id(), Today, ct);
        // The same teams as the view above: those the user manages, and their own.
        var me = User.Id();
        var ownTeam = await db.Users.Where(u => u.Id == me).Select(u => u.TeamId).SingleOrDefaultAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => t.ManagerId == me || t.Id == ownTeam)
            .OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var census = new List<TeamCensusFindings>(teams.Count);
        foreach (var team in teams)
        {
            var report = await quality.CheckAsync(new CensusScope(TeamId: team.Id), ct);
            census.Add(new TeamCensusFindings(team.Id, team.Name, report.Open.Count));
        }
        Census = census;
    }
}
