using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Returns.Ssda903.Record;

/// <summary>
/// What the record already holds for the people a file names, keyed the way a second import of the same file would
/// repeat it: a period by its start, a review by its day, a missing episode by its start, an SW episode by worker and
/// start, an order by its start, a health entry by kind and day, a contact by its day, an adoption decision by its dates.
/// </summary>
internal sealed class Ssda903HeldHistory
{
    public required ILookup<Guid, (Guid Id, DateOnly Start, DateOnly? End)> Periods { get; init; }
    public required HashSet<(Guid, DateOnly)> Reviews { get; init; }
    public required HashSet<(Guid, DateTime)> Missing { get; init; }
    public required HashSet<(Guid, string, DateOnly)> SocialWorkers { get; init; }
    public required HashSet<(Guid, DateOnly)> Orders { get; init; }
    public required HashSet<(Guid, HealthEntryKind, DateOnly)> Health { get; init; }
    public required HashSet<(Guid, DateOnly)> Contacts { get; init; }
    public required HashSet<(Guid, DateOnly?, DateOnly?, DateOnly?)> Adoptions { get; init; }
    public required Dictionary<Guid, LookedAfterChildProfile> Profiles { get; init; }

    public static async Task<Ssda903HeldHistory> LoadAsync(HearthDbContext db, List<Guid> ids, CancellationToken ct) => new()
    {
        Periods = (await db.CarePeriods.Where(p => ids.Contains(p.PersonId)).Select(p => new { p.PersonId, p.Id, p.StartDate, p.EndDate }).ToListAsync(ct))
            .ToLookup(p => p.PersonId, p => (p.Id, p.StartDate, p.EndDate)),
        Reviews = [.. (await db.LookedAfterReviews.Where(r => ids.Contains(r.PersonId)).Select(r => new { r.PersonId, r.HeldOn }).ToListAsync(ct))
            .Select(r => (r.PersonId, r.HeldOn))],
        Missing = [.. (await db.MissingEpisodes.Where(m => ids.Contains(m.PersonId)).Select(m => new { m.PersonId, m.StartedAt }).ToListAsync(ct))
            .Select(m => (m.PersonId, m.StartedAt))],
        SocialWorkers = [.. (await db.SocialWorkerEpisodes.Where(s => ids.Contains(s.PersonId)).Select(s => new { s.PersonId, s.SocialWorkerId, s.From }).ToListAsync(ct))
            .Select(s => (s.PersonId, s.SocialWorkerId, s.From))],
        Orders = [.. (await db.DeprivationOfLibertyOrders.Where(d => ids.Contains(d.PersonId)).Select(d => new { d.PersonId, d.StartDate }).ToListAsync(ct))
            .Select(d => (d.PersonId, d.StartDate))],
        Health = [.. (await db.HealthEntries.Where(h => ids.Contains(h.PersonId)).Select(h => new { h.PersonId, h.Kind, h.On }).ToListAsync(ct))
            .Select(h => (h.PersonId, h.Kind, h.On))],
        Contacts = [.. (await db.CareLeaverContacts.Where(c => ids.Contains(c.PersonId)).Select(c => new { c.PersonId, c.ContactOn }).ToListAsync(ct))
            .Select(c => (c.PersonId, c.ContactOn))],
        Adoptions = [.. (await db.AdoptionDecisions.Where(a => ids.Contains(a.PersonId))
                .Select(a => new { a.PersonId, a.ShouldBePlacedOn, a.BestInterestDecisionOn, a.MatchedOn }).ToListAsync(ct))
            .Select(a => (a.PersonId, a.ShouldBePlacedOn, a.BestInterestDecisionOn, a.MatchedOn))],
        Profiles = await db.LookedAfterChildProfiles.Where(p => ids.Contains(p.PersonId)).ToDictionaryAsync(p => p.PersonId, ct),
    };
}
