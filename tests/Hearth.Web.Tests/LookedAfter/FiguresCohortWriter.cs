using Hearth.Core.CareLeavers;
using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>Writes a looked-after child's record straight to the tables (the services are not needed to test the figures).</summary>
internal sealed class FiguresCohortWriter(HearthWebApp app, string familyName)
{
    public Dictionary<string, Guid> Children { get; } = [];

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    public static IEnumerable<DateOnly> Every(DateOnly first, int days, DateOnly before)
    {
        for (var d = first; d < before; d = d.AddDays(days))
        {
            yield return d;
        }
    }

    public async Task ChildAsync(string name, DateOnly dob, DateOnly start, DateOnly? end, (DateOnly From, string Code)[] statuses,
        (DateOnly From, string Type, bool? OutOfArea, decimal? Miles, bool LongTerm)[] placements,
        IEnumerable<DateOnly>? reviews = null, IEnumerable<DateOnly>? visits = null, IEnumerable<DateOnly>? health = null,
        IEnumerable<(DateTime Returned, DateTime? Interview)>? returns = null,
        IEnumerable<(DateOnly On, string InTouch, string Activity, string Accommodation)>? contacts = null)
    {
        var person = await app.CreatePersonAsync(name, familyName, dob);
        Children[name] = person.Id;
        await app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var period = new CarePeriod
            {
                PersonId = person.Id,
                StartDate = start,
                EndDate = end,
                ReasonCeased = end is null ? null : "E8",
                CategoryOfNeed = "N1",
                HomePostcode = "SG1 1AA",
                RecordedByName = "test",
            };
            period.LegalStatuses.AddRange(statuses.Select(s => new LegalStatusRecord { CarePeriodId = period.Id, PersonId = person.Id, From = s.From, Code = s.Code }));
            period.Placements.AddRange(placements.Select(p => new Placement
            {
                CarePeriodId = period.Id,
                PersonId = person.Id,
                From = p.From,
                PlacementType = p.Type,
                CarerName = $"Carer from {p.From}",
                OutOfArea = p.OutOfArea,
                DistanceMiles = p.Miles,
                LongTerm = p.LongTerm,
            }));
            db.CarePeriods.Add(period);
            db.LookedAfterReviews.AddRange((reviews ?? []).Select(d => new LookedAfterReview
            {
                CarePeriodId = period.Id,
                PersonId = person.Id,
                HeldOn = d,
                ChairName = "IRO",
                ParticipationCode = "PN1",
            }));
            db.LookedAfterVisits.AddRange((visits ?? []).Select(d => new LookedAfterVisit
            {
                CarePeriodId = period.Id,
                PersonId = person.Id,
                VisitedOn = d,
                VisitedBy = "Social worker",
                ChildSeen = true,
            }));
            db.HealthEntries.AddRange((health ?? []).Select(d => new HealthEntry { PersonId = person.Id, Kind = HealthEntryKind.HealthReview, On = d }));
            // A dental check is not a health assessment: it never counts.
            db.HealthEntries.Add(new HealthEntry { PersonId = person.Id, Kind = HealthEntryKind.DentalCheck, On = D(2026, 3, 1) });
            db.MissingEpisodes.AddRange((returns ?? []).Select(r => new MissingEpisode
            {
                PersonId = person.Id,
                CarePeriodId = period.Id,
                Kind = MissingKind.Missing,
                StartedAt = r.Returned.AddHours(-20),
                ReturnedAt = r.Returned,
                InterviewHeldAt = r.Interview,
                InterviewAccepted = r.Interview is not null,
            }));
            db.CareLeaverContacts.AddRange((contacts ?? []).Select(c => new CareLeaverContact
            {
                PersonId = person.Id,
                ContactOn = c.On,
                InTouch = c.InTouch,
                Activity = c.Activity,
                Accommodation = c.Accommodation,
            }));
            await db.SaveChangesAsync();
            return true;
        });
    }
}
