using System.Security.Cryptography;
using System.Text;
using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.CareLeavers;

/// <summary>
/// Care leaver clock events (StatutoryRuleTable CareLeavers()). Case null for the person's own clocks: becoming
/// eligible starts the needs assessment (CPPCR 2010 reg 42), the assessment meets it; a pathway plan agreed starts
/// the 6-monthly reviews (reg 43), each review meets one and starts the next, services ending (21st birthday, 25th
/// when extended, or death) stop them. Each birthday from 17 to 21 at which the young person is relevant or former
/// relevant has its own case (a fixed id from the person and the age), so a window missed does not hold the next one
/// open: the window opening starts the in-touch clock, a contact recorded in that window meets it.
/// </summary>
public sealed class CareLeaverClockEvents(HearthDbContext db, TimeProvider clock) : IClockEventProjection
{
    public async Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var today = clock.TodayInEngland();
        var withCare = await db.CarePeriods.AsNoTracking().Where(p => people.Contains(p.PersonId)).Select(p => p.PersonId).Distinct().ToListAsync(ct);
        var withPlans = await db.PathwayPlans.AsNoTracking().Where(p => people.Contains(p.PersonId)).Select(p => p.PersonId).Distinct().ToListAsync(ct);
        var ids = withCare.Union(withPlans).ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var persons = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.DateOfBirth, p.DateOfDeath }).ToListAsync(ct);
        var periods = (await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Where(p => ids.Contains(p.PersonId)).ToListAsync(ct)).ToLookup(p => p.PersonId);
        var plans = (await db.PathwayPlans.AsNoTracking().Where(p => ids.Contains(p.PersonId)).ToListAsync(ct)).ToLookup(p => p.PersonId);
        var advisers = (await db.PersonalAdvisers.AsNoTracking().Where(a => ids.Contains(a.PersonId)).ToListAsync(ct)).ToLookup(a => a.PersonId);
        var contacts = (await db.CareLeaverContacts.AsNoTracking().Where(c => ids.Contains(c.PersonId)).ToListAsync(ct)).ToLookup(c => c.PersonId);

        var events = new List<ClockEvent>();
        foreach (var person in persons)
        {
            var id = person.Id;
            if (person.DateOfBirth is { } dob)
            {
                var status = CareLeaverStatus.Of(dob, periods[id], today, CareLeaverOverview.ExtendedTo25(dob, advisers[id], today));
                if (status.EligibleFrom is { } eligible)
                {
                    events.Add(new ClockEvent(id, null, BecameEligibleCareLeaver, eligible));
                }
                InTouchWindows(events, id, dob, periods[id].ToList(), advisers[id].ToList(), contacts[id].ToList());
            }
            foreach (var plan in plans[id].OrderBy(p => p.On).ThenBy(p => p.RecordedAt))
            {
                events.Add(new ClockEvent(id, null, plan.Stage switch
                {
                    PathwayPlanStage.NeedsAssessment => CareLeaverNeedsAssessmentCompleted,
                    PathwayPlanStage.PlanAgreed => PathwayPlanAgreed,
                    _ => PathwayPlanReviewed,
                }, plan.On));
            }
            if (ServicesEnded(person.DateOfBirth, person.DateOfDeath, advisers[id].ToList()) is { } ended)
            {
                events.Add(new ClockEvent(id, null, CareLeaverServicesEnded, ended));
            }
        }
        return events;
    }

    /// <summary>The day leaving care duties end: death, or the 21st birthday, or the 25th while an adviser is still allocated then.</summary>
    private static DateOnly? ServicesEnded(DateOnly? dob, DateOnly? died, List<PersonalAdviserAllocation> advisers)
    {
        if (died is { } death)
        {
            return death;
        }
        if (dob is not { } born)
        {
            return null;
        }
        var at21 = born.AddYears(CareLeaverStatus.UpperAge);
        return CareLeaverOverview.ExtendedTo25(born, advisers, at21) ? born.AddYears(CareLeaverStatus.ExtendedUpperAge) : at21;
    }

    private static void InTouchWindows(List<ClockEvent> events, Guid personId, DateOnly dob, List<CarePeriod> periods,
        List<PersonalAdviserAllocation> advisers, List<CareLeaverContact> contacts)
    {
        foreach (var age in CareLeaverContacts.ReportedAges)
        {
            var birthday = CareLeaverContacts.Birthday(dob, age);
            var category = CareLeaverStatus.Of(dob, periods, birthday, CareLeaverOverview.ExtendedTo25(dob, advisers, birthday)).Category;
            if (category is not (CareLeaverCategory.Relevant or CareLeaverCategory.FormerRelevant))
            {
                continue;
            }
            var window = WindowCase(personId, age);
            var (opens, closes) = CareLeaverContacts.Window(dob, age);
            events.Add(new ClockEvent(personId, window, CareLeaverInTouchWindowOpened, opens));
            foreach (var contact in contacts.Where(c => c.ContactOn >= opens && c.ContactOn <= closes).OrderBy(c => c.ContactOn))
            {
                events.Add(new ClockEvent(personId, window, ClockEventTypes.CareLeaverContactRecorded, contact.ContactOn));
            }
        }
    }

    /// <summary>A fixed case id for one birthday's window: the same person and age always give the same id.</summary>
    public static Guid WindowCase(Guid personId, int age)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"care-leaver-in-touch:{personId:N}:{age}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
