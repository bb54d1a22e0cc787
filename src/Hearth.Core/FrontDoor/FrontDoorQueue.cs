using Hearth.Core.Audit;
using Hearth.Core.Data;
using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

public sealed record QueueChild(Guid PersonId, string Name, DateOnly? DateOfBirth);

public sealed record QueueRow(Guid ContactId, string Reference, DateTime ReceivedAt, ContactType Type, ContactChannel Channel,
    RagRating? Rag, DateTime? DecisionDueAt, bool IsReferral, bool OutOfHours, string ReferrerName, IReadOnlyList<QueueChild> Children,
    int ChildrenNotShown)
{
    /// <summary>Unrated contacts are due now: until someone has looked at the risk, nobody knows how urgent they are.</summary>
    public DateTime SortKey => DecisionDueAt ?? ReceivedAt;

    public bool IsOverdue(DateTime now) => DecisionDueAt is { } due && due < now;
}

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Total, int Overdue, int Unrated, int PageNumber, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The front-door queue: every contact awaiting a decision, most urgent first (overdue and unrated,
/// then by deadline). Children on restricted records the user is not named on are counted, never
/// named; every child shown is written to the access log, as search results are.
/// </summary>
public sealed class FrontDoorQueue(HearthDbContext db, EventRecorder events)
{
    public const int PageSize = 50;

    public async Task<QueuePage> OpenContactsAsync(ProcessContext ctx, int pageNumber, CancellationToken ct = default)
    {
        var now = events.Now;
        var open = db.Contacts.AsNoTracking().Where(c => c.Status == ContactStatus.AwaitingDecision);
        var total = await open.CountAsync(ct);
        var overdue = await open.CountAsync(c => c.DecisionDueAt < now, ct);
        var unrated = await open.CountAsync(c => c.Rag == null, ct);
        pageNumber = Math.Clamp(pageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var contacts = await open
            .OrderBy(c => c.DecisionDueAt ?? c.ReceivedAt).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Id,
                c.Reference,
                c.ReceivedAt,
                c.Type,
                c.Channel,
                c.Rag,
                c.DecisionDueAt,
                IsReferral = c.ReferralReceivedAt != null,
                c.OutOfHours,
                ReferrerName = c.Referrer.Name,
            })
            .ToListAsync(ct);
        var ids = contacts.Select(c => c.Id).ToList();
        var links = await db.ContactChildren.AsNoTracking().Where(l => ids.Contains(l.ContactId)).Select(l => new { l.ContactId, l.PersonId }).ToListAsync(ct);
        var children = await ChildrenAsync(links.Select(l => l.PersonId).Distinct().ToList(), ctx.UserId, ct);
        var rows = contacts.Select(c =>
        {
            var linked = links.Where(l => l.ContactId == c.Id).ToList();
            var shown = linked.Where(l => children.ContainsKey(l.PersonId)).Select(l => children[l.PersonId]).OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
            return new QueueRow(c.Id, c.Reference, c.ReceivedAt, c.Type, c.Channel, c.Rag, c.DecisionDueAt, c.IsReferral, c.OutOfHours,
                c.ReferrerName, shown, linked.Count - shown.Count);
        }).ToList();

        events.Accessed(ctx, AccessKind.ViewedFrontDoorQueue, null, "Front door queue", resultCount: rows.Count);
        foreach (var child in rows.SelectMany(r => r.Children).DistinctBy(c => c.PersonId))
        {
            events.Accessed(ctx, AccessKind.ViewedFrontDoorQueue, child.PersonId, "Front door queue");
        }
        await db.SaveChangesAsync(ct);
        return new QueuePage(rows, total, overdue, unrated, pageNumber, PageSize);
    }

    /// <summary>Names of the children the user may see; restricted ones they are not named on are left out.</summary>
    public async Task<Dictionary<Guid, QueueChild>> ChildrenAsync(List<Guid> people, Guid userId, CancellationToken ct) =>
        await db.People.VisibleTo(userId).Where(p => people.Contains(p.Id))
            .Select(p => new QueueChild(p.Id,
                p.Names.Where(n => n.Kind == NameKind.Legal && n.EndDate == null).Select(n => n.GivenNames + " " + n.FamilyName).FirstOrDefault() ?? p.Reference,
                p.DateOfBirth))
            .ToDictionaryAsync(c => c.PersonId, ct);
}
