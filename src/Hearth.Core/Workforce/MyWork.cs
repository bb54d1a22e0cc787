using Hearth.Core.Data;
using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Workforce;

public sealed record MyWorkItem(Guid PersonId, string Reference, string Name, DateOnly? DateOfBirth, DateOnly AllocatedOn, NextDue? Next);

/// <summary>The next thing due for a child: what, by when, and whether it is already late.</summary>
public sealed record NextDue(string What, DateOnly DueDate, bool Overdue);

/// <summary>How many of my children's obligations are overdue, and how many fall due in the next 7 days.</summary>
public sealed record MyWorkCounts(int Overdue, int DueThisWeek);

/// <summary>
/// A worker's caseload with each child's next statutory obligation, overdue first, so late work is
/// seen coming rather than found afterwards.
/// </summary>
public sealed class MyWork(HearthDbContext db, IObligationSource obligations)
{
    public async Task<IReadOnlyList<MyWorkItem>> ForWorkerAsync(Guid workerId, DateOnly today, CancellationToken ct = default)
    {
        var visible = db.People.VisibleTo(workerId);
        var rows = await db.Allocations.AsNoTracking()
            .Where(a => a.WorkerId == workerId && a.EndDate == null)
            .Join(visible, a => a.PersonId, p => p.Id, (a, p) => new
            {
                p.Id,
                p.Reference,
                p.DateOfBirth,
                a.StartDate,
                Name = p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var due = await obligations.NextDueAsync(rows.Select(r => r.Id).ToList(), today, ct);
        return rows
            .Select(r => new MyWorkItem(r.Id, r.Reference, r.Name ?? r.Reference, r.DateOfBirth, r.StartDate, due.GetValueOrDefault(r.Id)))
            .OrderByDescending(i => i.Next?.Overdue == true)
            .ThenBy(i => i.Next?.DueDate ?? DateOnly.MaxValue)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<MyWorkCounts> CountsAsync(Guid workerId, DateOnly today, CancellationToken ct = default)
    {
        var people = await db.Allocations.AsNoTracking()
            .Where(a => a.WorkerId == workerId && a.EndDate == null)
            .Join(db.People.VisibleTo(workerId), a => a.PersonId, p => p.Id, (a, p) => p.Id)
            .ToListAsync(ct);
        if (people.Count == 0)
        {
            return new MyWorkCounts(0, 0);
        }
        var all = await obligations.ForAsync(people, today, ct);
        return new MyWorkCounts(all.Count(o => o.Status == Statutory.ObligationStatus.Overdue),
            all.Count(o => o.Status == Statutory.ObligationStatus.Open && o.DueDate < today.AddDays(7)));
    }
}

/// <summary>
/// Where "what is due next" comes from: the statutory clock engine over each child's events. Later
/// capabilities (referrals, assessments, plans) add the events; this page does not change.
/// </summary>
public interface IObligationSource
{
    Task<IReadOnlyDictionary<Guid, NextDue>> NextDueAsync(IReadOnlyList<Guid> people, DateOnly today, CancellationToken ct = default);

    Task<IReadOnlyList<Statutory.Obligation>> ForAsync(IReadOnlyCollection<Guid> people, DateOnly today, CancellationToken ct = default);
}
