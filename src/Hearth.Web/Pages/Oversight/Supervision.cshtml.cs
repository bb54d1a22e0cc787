using Hearth.Core.Data;
using Hearth.Core.Oversight;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Hearth.Web.Pages.Shared;
using Hearth.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Oversight;

/// <summary>
/// Record a supervision session: the decisions about each child discussed go onto that child's record
/// (one oversight entry per child, the same session), not into a separate supervision file.
/// </summary>
[RequirePermission(Permission.ManageCasework)]
public sealed class SupervisionModel(HearthDbContext db, OversightService oversight, TimeProvider clock) : HearthPageModel
{
    public sealed class ChildRow
    {
        public Guid PersonId { get; set; }
        public string? Decision { get; set; }
        public string? Rationale { get; set; }
        public List<ActionRow> Actions { get; set; } = [new()];
    }

    [BindProperty(SupportsGet = true)] public Guid? Supervisee { get; set; }
    [BindProperty] public DateParts Date { get; set; } = new();
    [BindProperty] public List<ChildRow> Decisions { get; set; } = [];
    public IReadOnlyList<Choice> Workers { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Children { get; private set; } = new Dictionary<Guid, string>();
    public string? SuperviseeName { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Date = DateParts.From(clock.TodayInEngland());
        Decisions = Children.Keys.Select(id => new ChildRow { PersonId = id }).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var date = Date.Read(ModelState, nameof(Date), "The date of the supervision", required: true);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var input = new SupervisionInput(Supervisee, date, Decisions
            .Select(d => new SupervisionDecisionInput(d.PersonId, d.Decision, d.Rationale, ActionRow.Read(d.Actions))).ToList());
        return await TryAsync(() => oversight.RecordSupervisionAsync(input, Ctx(), HttpContext.RequestAborted), "")
            ? Redirect(Links.TeamWork)
            : Page();
    }

    /// <summary>The workers in my teams, and the chosen worker's caseload that I may see.</summary>
    private async Task LoadAsync()
    {
        var me = User.Id();
        var ct = HttpContext.RequestAborted;
        var ownTeam = await db.Users.Where(u => u.Id == me).Select(u => u.TeamId).SingleOrDefaultAsync(ct);
        var teams = await db.Teams.Where(t => t.ManagerId == me || t.Id == ownTeam).Select(t => t.Id).ToListAsync(ct);
        var workers = await db.Users.AsNoTracking().Where(u => u.IsActive && u.Id != me && u.TeamId != null && teams.Contains(u.TeamId.Value))
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        Workers = workers.Select(w => new Choice(w.Id.ToString(), w.DisplayName)).ToList();
        if (Supervisee is not { } supervisee || workers.All(w => w.Id != supervisee))
        {
            return;
        }
        SuperviseeName = workers.Single(w => w.Id == supervisee).DisplayName;
        var children = await db.Allocations.AsNoTracking()
            .Where(a => a.WorkerId == supervisee && a.EndDate == null)
            .Join(db.People.VisibleTo(me), a => a.PersonId, p => p.Id, (a, p) => new
            {
                p.Id,
                p.Reference,
                Name = p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        Children = children.OrderBy(c => c.Name, StringComparer.Ordinal).ToDictionary(c => c.Id, c => $"{c.Name ?? c.Reference} ({c.Reference})");
    }
}
