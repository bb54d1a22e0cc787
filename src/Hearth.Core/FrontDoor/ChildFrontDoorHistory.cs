using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.FrontDoor;

public sealed record ChildContact(Guid ContactId, string Reference, DateTime ReceivedAt, ContactType Type, ContactStatus Status, ThresholdOutcome? Outcome);

public sealed record ChildFrontDoorSummary(IReadOnlyList<CinEpisode> Episodes, IReadOnlyList<ChildContact> Contacts);

/// <summary>A child's contacts and CIN episodes for their record page: the front door's part of their story.</summary>
public sealed class ChildFrontDoorHistory(HearthDbContext db)
{
    public async Task<ChildFrontDoorSummary> ForAsync(Guid personId, CancellationToken ct = default)
    {
        var episodes = await db.CinEpisodes.AsNoTracking().Where(e => e.PersonId == personId)
            .OrderByDescending(e => e.ReferralDate).ToListAsync(ct);
        var contacts = await db.ContactChildren.AsNoTracking().Where(l => l.PersonId == personId)
            .Join(db.Contacts, l => l.ContactId, c => c.Id,
                (l, c) => new ChildContact(c.Id, c.Reference, c.ReceivedAt, c.Type, c.Status, (ThresholdOutcome?)c.Decision!.Outcome))
            .ToListAsync(ct);
        return new ChildFrontDoorSummary(episodes, contacts.OrderByDescending(c => c.ReceivedAt).ToList());
    }
}
