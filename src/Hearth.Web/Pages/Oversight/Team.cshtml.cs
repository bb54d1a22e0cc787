using Hearth.Core.Data;
using Hearth.Core.Oversight;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;

namespace Hearth.Web.Pages.Oversight;

/// <summary>The team manager's view: every obligation of the team's children, overdue first, by worker, and cases without oversight.</summary>
[RequirePermission(Permission.ViewTeamWork)]
public sealed class TeamModel(TeamWork work, TimeProvider clock) : HearthPageModel
{
    public TeamWorkView View { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.TodayInEngland();
        View = await work.ForManagerAsync(User.Id(), Today, HttpContext.RequestAborted);
    }
}
