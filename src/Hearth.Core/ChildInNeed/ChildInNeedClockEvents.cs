using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.ChildInNeed;

/// <summary>
/// Child in need clock events, case = the CIN episode: a finalised plan starts the visit and review
/// clocks from its start date, reviews and visits where the child was seen meet them, the plan's end
/// stops them. A child protection visit also feeds the CP visit clock.
/// </summary>
public sealed class ChildInNeedClockEvents(HearthDbContext db) : IClockEventProjection
{
    public async Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var events = new List<ClockEvent>();
        var plans = await db.ChildInNeedPlans.AsNoTracking()
            .Where(p => people.Contains(p.PersonId) && p.FinalisedOn != null)
            .Select(p => new { p.PersonId, p.EpisodeId, p.StartDate, p.EndDate, Reviews = p.Reviews.Select(r => r.Date).ToList() })
            .ToListAsync(ct);
        foreach (var p in plans)
        {
            events.Add(new ClockEvent(p.PersonId, p.EpisodeId, CinPlanStarted, p.StartDate));
            events.AddRange(p.Reviews.Select(r => new ClockEvent(p.PersonId, p.EpisodeId, CinPlanReviewHeld, r)));
            if (p.EndDate is { } ended)
            {
                events.Add(new ClockEvent(p.PersonId, p.EpisodeId, ClockEventTypes.CinPlanEnded, ended));
            }
        }
        var visits = await db.Visits.AsNoTracking()
            .Where(v => people.Contains(v.PersonId) && v.ChildSeen)
            .Select(v => new { v.PersonId, v.EpisodeId, v.Date, v.Purpose })
            .ToListAsync(ct);
        foreach (var v in visits)
        {
            events.Add(new ClockEvent(v.PersonId, v.EpisodeId, v.Purpose == VisitPurpose.ChildProtection ? ChildProtectionVisit : CinVisit, v.Date));
        }
        return events;
    }
}
