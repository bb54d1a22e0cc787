using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.LookedAfter;

/// <summary>
/// Missing clock events, case = the missing episode (each return starts its own 72-hour clock): the return starts
/// the return home interview clock, the offer meets it. Clock events carry dates, so both are England dates; the
/// hour-exact rule is <see cref="ReturnInterviewTimeliness"/>, which the overdue list and the Missing tab use.
/// </summary>
public sealed class MissingClockEvents(HearthDbContext db) : IClockEventProjection
{
    public async Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var episodes = await db.MissingEpisodes.AsNoTracking()
            .Where(m => people.Contains(m.PersonId) && m.ReturnedAt != null)
            .Select(m => new { m.Id, m.PersonId, m.ReturnedAt, m.InterviewOfferedAt, m.InterviewHeldAt })
            .ToListAsync(ct);
        var events = new List<ClockEvent>();
        foreach (var m in episodes.OrderBy(m => m.ReturnedAt))
        {
            events.Add(new ClockEvent(m.PersonId, m.Id, ReturnedFromMissingEpisode, EnglandDate(m.ReturnedAt!.Value)));
            // A held interview was offered, whether or not the offer itself was recorded.
            var offered = (m.InterviewOfferedAt, m.InterviewHeldAt) switch
            {
                ({ } o, { } h) => o < h ? o : h,
                ({ } o, null) => o,
                (null, { } h) => h,
                _ => (DateTime?)null,
            };
            if (offered is { } at)
            {
                events.Add(new ClockEvent(m.PersonId, m.Id, ReturnHomeInterviewOffered, EnglandDate(at)));
            }
        }
        return events;
    }

    private static DateOnly EnglandDate(DateTime utc) => DateOnly.FromDateTime(EnglandClock.ToEnglandTime(utc));
}
