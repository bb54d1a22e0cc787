using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Oversight;

/// <summary>One obligation in a tray: whose child, which worker, what, when due and (if met) when.</summary>
public sealed record TrayItem(Guid PersonId, string ChildName, string ChildReference, Guid WorkerId, string Worker, string RuleId, string What,
    DateOnly DueDate, DateOnly? MetOn, ObligationStatus Status, int DaysOverdue);

/// <summary>One worker's counts in the team view.</summary>
public sealed record WorkerTray(Guid WorkerId, string Worker, int Children, int Overdue, int DueThisWeek, int CompletedLate);

public sealed record TeamWorkView(IReadOnlyList<string> Teams, IReadOnlyList<TrayItem> Overdue, IReadOnlyList<TrayItem> DueThisWeek,
    IReadOnlyList<TrayItem> CompletedLate, IReadOnlyList<WorkerTray> ByWorker, IReadOnlyList<TrayItem> WithoutOversight)
{
    /// <summary>Children with an open episode not seen within their visiting frequency.</summary>
    public IReadOnlyList<NotSeenItem> NotSeen { get; init; } = [];
}

/// <summary>A child not seen within their visiting frequency, for the team view.</summary>
public sealed record NotSeenItem(Guid PersonId, string ChildName, string ChildReference, string Worker, DateOnly? LastSeen, DateOnly DueBy);

/// <summary>
/// The team manager's view: every obligation of the team's allocated children from the one rule table
/// (DESIGN.md idea 4), overdue first, what falls due this week, what was done late in the last 30 days,
/// each worker's counts, and the open cases with no management oversight within the period. Restricted
/// children the manager is not named on are left out (RecordVisibility).
/// </summary>
public sealed class TeamWork(HearthDbContext db, StatutoryObligations obligations, StatutoryRuleTable rules, ChildInNeed.ChildrenNotSeen notSeen)
{
    public const int DueSoonDays = 7;
    public const int CompletedLateDays = 30;

    public async Task<TeamWorkView> ForManagerAsync(Guid managerId, DateOnly today, CancellationToken ct = default)
    {
        var ownTeam = await db.Users.Where(u => u.Id == managerId).Select(u => u.TeamId).SingleOrDefaultAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => t.ManagerId == managerId || t.Id == ownTeam).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var teamIds = teams.Select(t => t.Id).ToList();
        var visible = db.People.VisibleTo(managerId);
        var children = await db.Allocations.AsNoTracking()
            .Where(a => a.EndDate == null && a.Worker!.TeamId != null && teamIds.Contains(a.Worker.TeamId.Value))
            .Join(visible, a => a.PersonId, p => p.Id, (a, p) => new
            {
                p.Id,
                p.Reference,
                a.WorkerId,
                Worker = a.Worker!.DisplayName,
                Name = p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var byChild = children.ToDictionary(c => c.Id);
        var all = (await obligations.ForAsync(byChild.Keys, today, ct))
            .Where(o => byChild.ContainsKey(o.PersonId))
            .Select(o =>
            {
                var c = byChild[o.PersonId];
                return new TrayItem(c.Id, c.Name ?? c.Reference, c.Reference, c.WorkerId, c.Worker, o.RuleId, rules[o.RuleId].Title,
                    o.DueDate, o.MetOn, o.Status, o.DaysOverdue);
            })
            .ToList();
        var overdue = all.Where(IsOverdue).OrderBy(i => i.DueDate).ThenBy(i => i.ChildName, StringComparer.Ordinal).ToList();
        var dueSoon = all.Where(i => IsDueThisWeek(i, today)).OrderBy(i => i.DueDate).ToList();
        var late = all.Where(i => IsCompletedLate(i, today)).OrderByDescending(i => i.MetOn).ToList();
        var byWorker = children.GroupBy(c => (c.WorkerId, c.Worker))
            .Select(g => new WorkerTray(g.Key.WorkerId, g.Key.Worker, g.Count(),
                overdue.Count(i => i.WorkerId == g.Key.WorkerId), dueSoon.Count(i => i.WorkerId == g.Key.WorkerId), late.Count(i => i.WorkerId == g.Key.WorkerId)))
            .OrderByDescending(w => w.Overdue).ThenBy(w => w.Worker, StringComparer.Ordinal)
            .ToList();
        var withoutOversight = overdue.Where(i => i.RuleId == OversightRules.ManagementOversight).ToList();
        var unseen = (await notSeen.ForAsync(byChild.Keys, today, ct))
            .DistinctBy(n => n.PersonId)
            .Select(n => new NotSeenItem(n.PersonId, byChild[n.PersonId].Name ?? byChild[n.PersonId].Reference, byChild[n.PersonId].Reference,
                byChild[n.PersonId].Worker, n.LastSeen, n.DueBy))
            .OrderBy(n => n.DueBy).ToList();
        return new TeamWorkView(teams.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(), overdue, dueSoon, late, byWorker, withoutOversight)
        {
            NotSeen = unseen,
        };
    }

    public static bool IsOverdue(TrayItem i) => i.Status == ObligationStatus.Overdue;

    public static bool IsDueThisWeek(TrayItem i, DateOnly today) => IsDueThisWeek(i.Status, i.DueDate, today);

    public static bool IsDueThisWeek(ObligationStatus status, DateOnly due, DateOnly today) =>
        status == ObligationStatus.Open && due < today.AddDays(DueSoonDays);

    public static bool IsCompletedLate(TrayItem i, DateOnly today) =>
        i.Status == ObligationStatus.MetLate && i.MetOn is { } met && met > today.AddDays(-CompletedLateDays);
}
