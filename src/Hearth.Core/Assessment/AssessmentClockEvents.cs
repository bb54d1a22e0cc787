using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.Assessment;

/// <summary>
/// Assessments' clock events: an authorised assessment is complete on its authorisation date, with
/// the episode as the case, so it meets the 45 working day obligation the episode's referral started
/// (<see cref="FrontDoor.FrontDoorClockEvents"/>). Imported legacy assessments meet their own clocks.
/// </summary>
public sealed class AssessmentClockEvents(HearthDbContext db) : IClockEventProjection
{
    public async Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var authorised = await db.Assessments.AsNoTracking()
            .Where(a => people.Contains(a.PersonId) && a.AuthorisedOn != null)
            .Select(a => new { a.PersonId, a.EpisodeId, a.Kind, a.StartDate, a.AuthorisedOn })
            .ToListAsync(ct);
        var events = new List<ClockEvent>();
        foreach (var a in authorised)
        {
            switch (a.Kind)
            {
                case AssessmentKind.Initial:
                    events.Add(new ClockEvent(a.PersonId, a.EpisodeId, InitialAssessmentCompleted, a.AuthorisedOn!.Value));
                    break;
                case AssessmentKind.Core:
                    events.Add(new ClockEvent(a.PersonId, a.EpisodeId, CoreAssessmentStarted, a.StartDate));
                    events.Add(new ClockEvent(a.PersonId, a.EpisodeId, CoreAssessmentCompleted, a.AuthorisedOn!.Value));
                    break;
                default:
                    events.Add(new ClockEvent(a.PersonId, a.EpisodeId, AssessmentCompleted, a.AuthorisedOn!.Value));
                    break;
            }
        }
        return events;
    }
}
