using Hearth.Core.ChildInNeed;
using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// The front door's clock events: a contact's RAG rating and decision (case = the contact), the
/// referral's 1 working day decision and the outcome letter, and each CIN episode's referral date
/// (case = the episode), which starts the 45 working day assessment.
/// </summary>
public sealed class FrontDoorClockEvents(HearthDbContext db) : IClockEventProjection
{
    public async Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var contacts = await db.ContactChildren.AsNoTracking()
            .Where(l => people.Contains(l.PersonId))
            .Join(db.Contacts, l => l.ContactId, c => c.Id, (l, c) => new
            {
                l.PersonId,
                c.Id,
                c.ReceivedAt,
                c.Rag,
                c.ReferralReceivedAt,
                DecidedAt = (DateTime?)c.Decision!.DecidedAt,
                OutcomeSent = c.Letters.Where(x => x.Kind == LetterKind.Outcome && x.SentOn != null).Min(x => x.SentOn),
            })
            .ToListAsync(ct);
        var events = new List<ClockEvent>();
        foreach (var c in contacts)
        {
            if (c.Rag is { } rag)
            {
                events.Add(new ClockEvent(c.PersonId, c.Id, RatedEvent(rag), Day(c.ReceivedAt)));
            }
            if (c.ReferralReceivedAt is { } referral)
            {
                events.Add(new ClockEvent(c.PersonId, c.Id, ContactBecameReferral, Day(referral)));
            }
            if (c.DecidedAt is { } decided)
            {
                events.Add(new ClockEvent(c.PersonId, c.Id, ContactDecisionMade, Day(decided)));
                if (c.ReferralReceivedAt is not null)
                {
                    events.Add(new ClockEvent(c.PersonId, c.Id, ReferralDecisionMade, Day(decided)));
                }
            }
            if (c.OutcomeSent is { } sent)
            {
                events.Add(new ClockEvent(c.PersonId, c.Id, ReferrerInformedOfOutcome, sent));
            }
        }
        var episodes = await db.CinEpisodes.AsNoTracking().Where(e => people.Contains(e.PersonId)).ToListAsync(ct);
        foreach (var e in episodes)
        {
            events.Add(new ClockEvent(e.PersonId, e.Id, ReferralReceived, e.ReferralDate));
            if (e is { ReferralNfa: true, CloseDate: { } closed })
            {
                events.Add(new ClockEvent(e.PersonId, e.Id, ReferralClosedWithNoFurtherAction, closed));
            }
        }
        return events;
    }

    private static string RatedEvent(RagRating rag) => rag switch
    {
        RagRating.Red => ContactRatedRed,
        RagRating.Amber => ContactRatedAmber,
        _ => ContactRatedGreen,
    };

    private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(EnglandClock.ToEnglandTime(utc));
}
