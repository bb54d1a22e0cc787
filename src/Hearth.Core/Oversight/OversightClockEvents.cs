using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.Oversight;

/// <summary>
/// Management oversight's clock events: each direction or supervision decision on an open case (case =
/// the CIN episode) meets that case's oversight obligation; the episode's closure ends it. The
/// episode's referral (<see cref="ReferralReceived"/>, from the front door) starts it.
/// </summary>
public sealed class OversightClockEvents(HearthDbContext db) : IClockEventProjection
{
    public async Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var oversight = await db.ManagementOversights.AsNoTracking()
            .Where(o => people.Contains(o.PersonId) && o.EpisodeId != null)
            .Select(o => new { o.PersonId, o.EpisodeId, o.Date })
            .ToListAsync(ct);
        var closed = await db.CinEpisodes.AsNoTracking()
            .Where(e => people.Contains(e.PersonId) && e.CloseDate != null)
            .Select(e => new { e.PersonId, e.Id, e.CloseDate })
            .ToListAsync(ct);
        return
        [
            .. oversight.Select(o => new ClockEvent(o.PersonId, o.EpisodeId, ClockEventTypes.ManagementOversightRecorded, o.Date)),
            .. closed.Select(e => new ClockEvent(e.PersonId, e.Id, CinEpisodeClosed, e.CloseDate!.Value)),
        ];
    }
}
