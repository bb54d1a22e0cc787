using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.ChildProtection;

/// <summary>
/// Child protection's clock events. The ICPC clock ("cp.icpc.15wd") runs per CIN episode (case = the
/// episode): started by a strategy discussion, met by the initial conference, stopped when the enquiry
/// ends without one or a discussion decides on no enquiry. The plan's clocks (first core group, review
/// conferences, CP visits) run per plan (case = the plan), from its start to its end.
/// </summary>
public sealed class ChildProtectionClockEvents(HearthDbContext db) : IClockEventProjection
{
    public async Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var discussions = await db.StrategyDiscussions.AsNoTracking().Where(d => people.Contains(d.PersonId))
            .Select(d => new { d.Id, d.PersonId, d.EpisodeId, d.HeldOn, d.HeldAt, d.Decision, d.RecordedAt }).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(s => people.Contains(s.PersonId))
            .Select(s => new { s.Id, s.PersonId, s.EpisodeId, s.StrategyDiscussionId, s.Outcome, s.OutcomeDate }).ToListAsync(ct);
        var conferences = await db.InitialChildProtectionConferences.AsNoTracking().Where(c => people.Contains(c.PersonId))
            .Select(c => new { c.PersonId, c.EpisodeId, c.Section47EnquiryId, c.Date, c.TransferNoticeReceivedOn }).ToListAsync(ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Where(p => people.Contains(p.PersonId))
            .Select(p => new
            {
                p.Id,
                p.PersonId,
                p.StartDate,
                p.EndDate,
                CoreGroups = p.CoreGroups.Select(m => m.Date).ToList(),
                Reviews = p.Reviews.Select(r => r.Date).ToList(),
                Visits = p.Visits.Where(v => v.ChildSeen).Select(v => v.Date).ToList(),
            })
            .ToListAsync(ct);

        // The day an enquiry started from this discussion stopped the ICPC clock: its conference, or a conclusion without one.
        DateOnly? EndOf(Guid discussionId) => enquiries.Where(s => s.StrategyDiscussionId == discussionId).Select(s =>
                conferences.Where(c => c.Section47EnquiryId == s.Id).Select(c => (DateOnly?)c.Date).FirstOrDefault()
                ?? (s.Outcome is not null and not Section47Outcome.ConcernsSubstantiatedConferenceNeeded ? s.OutcomeDate : null))
            .FirstOrDefault();

        var events = new List<ClockEvent>();
        // Transfer-in conferences: the notice of the move starts the 15 working days, the conference meets them.
        foreach (var c in conferences.Where(c => c.TransferNoticeReceivedOn is not null))
        {
            events.Add(new ClockEvent(c.PersonId, c.EpisodeId, TransferInNoticeReceived, c.TransferNoticeReceivedOn!.Value));
            events.Add(new ClockEvent(c.PersonId, c.EpisodeId, ClockEventTypes.TransferInConferenceHeld, c.Date));
        }
        foreach (var episode in discussions.GroupBy(d => (d.PersonId, d.EpisodeId)))
        {
            var (personId, episodeId) = episode.Key;
            var initiating = episode.Where(d => d.Decision.InitiatesSection47()).ToList();
            foreach (var d in episode.OrderBy(d => d.HeldOn).ThenBy(d => d.HeldAt).ThenBy(d => d.RecordedAt))
            {
                events.Add(new ClockEvent(personId, episodeId, StrategyDiscussionHeld, d.HeldOn));
                // A discussion that decides on no enquiry starts no conference clock, unless an enquiry
                // from an earlier discussion is still running: that one's clock keeps going (WT23 ch.3).
                if (!d.Decision.InitiatesSection47() && !initiating.Any(i => i.HeldOn <= d.HeldOn && !(EndOf(i.Id) is { } e && e <= d.HeldOn)))
                {
                    events.Add(new ClockEvent(personId, episodeId, Section47NotRequired, d.HeldOn));
                }
            }
        }
        foreach (var s in enquiries)
        {
            if (s.Outcome is not null and not Section47Outcome.ConcernsSubstantiatedConferenceNeeded && s.OutcomeDate is { } date)
            {
                events.Add(new ClockEvent(s.PersonId, s.EpisodeId, Section47ConcludedWithoutConference, date));
            }
        }
        foreach (var c in conferences)
        {
            events.Add(new ClockEvent(c.PersonId, c.EpisodeId, ClockEventTypes.InitialChildProtectionConferenceHeld, c.Date));
        }
        foreach (var p in plans)
        {
            events.Add(new ClockEvent(p.PersonId, p.Id, ClockEventTypes.ChildProtectionPlanStarted, p.StartDate));
            events.AddRange(p.CoreGroups.Order().Select(d => new ClockEvent(p.PersonId, p.Id, CoreGroupMeetingHeld, d)));
            events.AddRange(p.Reviews.Order().Select(d => new ClockEvent(p.PersonId, p.Id, ReviewChildProtectionConferenceHeld, d)));
            events.AddRange(p.Visits.Order().Select(d => new ClockEvent(p.PersonId, p.Id, ClockEventTypes.ChildProtectionVisit, d)));
            if (p.EndDate is { } end)
            {
                events.Add(new ClockEvent(p.PersonId, p.Id, ClockEventTypes.ChildProtectionPlanEnded, end));
            }
        }
        return events;
    }
}
