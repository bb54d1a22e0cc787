using Hearth.Core.Data;
using Hearth.Core.People;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter;

public sealed record IroCaseloadChild(Guid PersonId, string Name, DateOnly LookedAfterSince);

/// <summary>One IRO's caseload: the open periods of care they hold; children the reader may not see are counted, not named.</summary>
public sealed record IroCaseload(Guid? IroId, string IroName, int OpenPeriods, IReadOnlyList<IroCaseloadChild> Children, int NotShown);

/// <summary>
/// IRO caseloads (IRO Handbook 2010 para 7.15: a caseload of 50 to 70 looked-after children for a full-time IRO): each
/// IRO and the open periods of care they review, from CarePeriod.IndependentReviewingOfficerId.
/// </summary>
public sealed class IroCaseloads(HearthDbContext db)
{
    public const string Unassigned = "No IRO appointed";

    public async Task<IReadOnlyList<IroCaseload>> ListAsync(Guid readerId, CancellationToken ct = default)
    {
        var open = await db.CarePeriods.AsNoTracking().Where(p => p.EndDate == null)
            .Select(p => new { p.PersonId, p.StartDate, p.IndependentReviewingOfficerId, p.IndependentReviewingOfficerName })
            .ToListAsync(ct);
        var ids = open.Select(p => p.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().VisibleTo(readerId).Where(p => ids.Contains(p.Id)).Include(p => p.Names)
            .ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var iroIds = open.Select(p => p.IndependentReviewingOfficerId).OfType<Guid>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => iroIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return open
            .GroupBy(p => p.IndependentReviewingOfficerId)
            .Select(g =>
            {
                var name = g.Key is { } id && users.TryGetValue(id, out var n) ? n
                    : g.Select(p => p.IndependentReviewingOfficerName).FirstOrDefault(x => !string.IsNullOrWhiteSpace(x)) ?? Unassigned;
                var children = g.Where(p => names.ContainsKey(p.PersonId))
                    .Select(p => new IroCaseloadChild(p.PersonId, names[p.PersonId], p.StartDate))
                    .OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
                return new IroCaseload(g.Key, name, g.Count(), children, g.Count() - children.Count);
            })
            .OrderBy(c => c.IroId is null).ThenByDescending(c => c.OpenPeriods).ThenBy(c => c.IroName, StringComparer.CurrentCulture)
            .ToList();
    }
}
