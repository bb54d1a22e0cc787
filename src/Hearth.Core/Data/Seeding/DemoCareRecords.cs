using Hearth.Core.Audit;
using Hearth.Core.CareLeavers;
using Hearth.Core.LookedAfter;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Data.Seeding;

/// <summary>
/// Writes the demo's looked-after records straight to the tables, as a worker and the IRO would have recorded them over
/// the child's time in care. The codes are the SSDA903 2026-27 lists (statutory-data.md B.2): providers blank only for
/// T0 to T3 and Z11 to Z14, an Ofsted URN for every registered placement, home and placement postcodes different.
/// </summary>
internal sealed class DemoCareRecords(IServiceProvider services, User worker, User iro, int seed)
{
    private readonly HearthDbContext db = services.GetRequiredService<HearthDbContext>();
    private readonly DateTime now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
    private readonly DateOnly today = services.GetRequiredService<TimeProvider>().TodayInEngland();
    private readonly FamilyGenerator families = new(seed, services.GetRequiredService<TimeProvider>().TodayInEngland());
    private readonly ProcessContext ctx = ProcessContext.System("Demo authority seed");

    public User Worker => worker;

    /// <summary>
    /// A child (with their parent) recorded through the same services as the rest of the demo, allocated to the worker
    /// from the start of care, or from the start of last collection year when care began later: the 903's social worker
    /// episodes must cover the whole year of a child looked after at its end (rule SW12STG2), as a child in need first.
    /// </summary>
    public async Task<(Person Child, string HomePostcode)> ChildAsync(DateOnly born, string sex, DateOnly careStarted, CancellationToken ct)
    {
        var lastYearStart = Returns.CinCensus.CensusYear.Containing(today).Start.AddYears(-1);
        var allocatedFrom = careStarted < lastYearStart ? careStarted : lastYearStart;
        var family = families.WithChildBorn(born, sex);
        var people = services.GetRequiredService<PersonService>();
        var parent = await people.RecordPersonAsync(family.Parent, family.Address, ctx, ct);
        var child = await people.RecordPersonAsync(family.Children[0], family.Address, ctx, ct);
        await services.GetRequiredService<RelationshipService>().RecordAsync(child.Id, parent.Id, RelationshipType.ParentOf, false, null, ctx, ct);
        await services.GetRequiredService<AllocationService>().AllocateAsync(child.Id, worker.Id, allocatedFrom, ctx, ct: ct);
        return (child, family.Address.Postcode!);
    }

    /// <summary>
    /// A period of care and the child's looked-after profile: no previous permanence order (Z1), and for a girl looked
    /// after in this collection year whether she is a mother (rules 165, 393), which is not asked once she has left
    /// care before the year began (rule 628).
    /// </summary>
    public CarePeriod Period(Person child, DateOnly start, string categoryOfNeed, string homePostcode, DateOnly? end = null, string? reasonCeased = null)
    {
        var yearStart = Returns.CinCensus.CensusYear.Containing(today).Start;
        var period = new CarePeriod
        {
            PersonId = child.Id,
            StartDate = start,
            EndDate = end,
            ReasonCeased = reasonCeased,
            CategoryOfNeed = categoryOfNeed,
            HomePostcode = homePostcode,
            CarePlanAgreedOn = start.AddDays(5),
            IndependentReviewingOfficerId = iro.Id,
            IndependentReviewingOfficerName = iro.DisplayName,
            IndependentReviewingOfficerAppointedOn = start.AddDays(3),
            RecordedAt = now,
            RecordedByName = worker.DisplayName,
        };
        db.CarePeriods.Add(period);
        db.LookedAfterChildProfiles.Add(new LookedAfterChildProfile
        {
            PersonId = child.Id,
            IsMother = child.Sex == "F" && (end is null || end >= yearStart) ? false : null,
            PreviousPermanence = "Z1",
        });
        return period;
    }

    public void Status(CarePeriod period, DateOnly from, string code) =>
        period.LegalStatuses.Add(new LegalStatusRecord
        {
            CarePeriodId = period.Id,
            PersonId = period.PersonId,
            From = from,
            Code = code,
            RecordedAt = now,
            RecordedByName = worker.DisplayName,
        });

    public void Place(CarePeriod period, DateOnly from, string type, string? provider, string carer, string urn, string postcode, bool outOfArea,
        decimal miles, string? reason = null, bool longTerm = false) =>
        period.Placements.Add(new Placement
        {
            CarePeriodId = period.Id,
            PersonId = period.PersonId,
            From = from,
            PlacementType = type,
            Provider = provider,
            CarerName = carer,
            Urn = urn,
            Postcode = postcode,
            ReasonForMove = reason,
            OutOfArea = outOfArea,
            DistanceMiles = miles,
            LongTerm = longTerm,
            Siblings = SiblingArrangement.NoSiblingsLookedAfter,
            PlacementPlanAgreedOn = from.AddDays(2),
            NotificationsSentOn = from.AddDays(3),
            RecordedAt = now,
            RecordedByName = worker.DisplayName,
        });

    public void Review(CarePeriod period, DateOnly on, string participation, string recommendations) =>
        db.LookedAfterReviews.Add(new LookedAfterReview
        {
            CarePeriodId = period.Id,
            PersonId = period.PersonId,
            HeldOn = on,
            ChairName = iro.DisplayName,
            ParticipationCode = participation,
            Recommendations = recommendations,
            RecordedAt = now,
            RecordedByName = iro.DisplayName,
        });

    /// <summary>Visits every <paramref name="everyDays"/> days from <paramref name="first"/> up to the day before <paramref name="until"/>.</summary>
    public void Visits(CarePeriod period, DateOnly first, int everyDays, DateOnly until)
    {
        for (var on = first; on < until; on = on.AddDays(everyDays))
        {
            db.LookedAfterVisits.Add(new LookedAfterVisit
            {
                CarePeriodId = period.Id,
                PersonId = period.PersonId,
                VisitedOn = on,
                VisitedBy = worker.DisplayName,
                ChildSeen = true,
                SeenAlone = true,
                Observations = "Seen at the placement; spoke about school, contact and how things are with the carers.",
                RecordedAt = now,
                RecordedByName = worker.DisplayName,
            });
        }
    }

    public void Health(Guid personId, HealthEntryKind kind, DateOnly on, int? sdq = null) =>
        db.HealthEntries.Add(new HealthEntry
        {
            PersonId = personId,
            Kind = kind,
            On = on,
            SdqScore = sdq,
            RecordedAt = now,
            RecordedByName = worker.DisplayName,
        });

    /// <summary>
    /// The OC2 items for each collection year (this one and last) at whose end the child will have been looked after
    /// continuously for 12 months: a dental check, immunisations, and for a child 4 or over at the year's start and
    /// under 17 at its end an SDQ score (rules 185 to 189), dated in that year and not after today.
    /// </summary>
    public void AnnualHealth(Person child, DateOnly start, DateOnly? end)
    {
        var dob = child.DateOfBirth!.Value;
        var current = Returns.CinCensus.CensusYear.Containing(today);
        foreach (var (yearStart, yearEnd) in new[] { (current.Start.AddYears(-1), current.Start.AddDays(-1)), (current.Start, current.End) })
        {
            if (start > yearEnd.AddYears(-1) || (end is { } ended && ended <= yearEnd))
            {
                continue;
            }
            var on = yearEnd < today ? yearEnd.AddDays(-60) : (today.AddDays(-30) < yearStart ? yearStart : today.AddDays(-30));
            Health(child.Id, HealthEntryKind.DentalCheck, on);
            Health(child.Id, HealthEntryKind.ImmunisationsUpToDate, on);
            if (dob.AddYears(4) <= yearStart && dob.AddYears(17) > yearEnd)
            {
                Health(child.Id, HealthEntryKind.StrengthsAndDifficulties, on, sdq: 14);
            }
        }
    }

    public void Pep(CarePeriod period, DateOnly on, string school) =>
        db.PersonalEducationPlans.Add(new PersonalEducationPlan
        {
            CarePeriodId = period.Id,
            PersonId = period.PersonId,
            HeldOn = on,
            School = school,
            VirtualSchoolInvolved = true,
            Notes = "Targets agreed with the designated teacher; pupil premium plus for tuition.",
            RecordedAt = now,
            RecordedByName = worker.DisplayName,
        });

    public void Contact(Guid personId, DateOnly on, string inTouch, string activity, string accommodation, string notes) =>
        db.CareLeaverContacts.Add(new CareLeaverContact
        {
            PersonId = personId,
            ContactOn = on,
            InTouch = inTouch,
            Activity = activity,
            Accommodation = accommodation,
            Notes = notes,
            RecordedAt = now,
            RecordedByName = worker.DisplayName,
        });

    public void Pathway(Guid personId, PathwayPlanStage stage, DateOnly on, string notes) =>
        db.PathwayPlans.Add(new PathwayPlanEntry { PersonId = personId, Stage = stage, On = on, Notes = notes, RecordedAt = now, RecordedByName = worker.DisplayName });

    public void Adviser(Guid personId, string name, DateOnly from) =>
        db.PersonalAdvisers.Add(new PersonalAdviserAllocation { PersonId = personId, AdviserName = name, From = from, RecordedAt = now, RecordedByName = worker.DisplayName });

    public void Add(object entity) => db.Add(entity);

    public DateTime Now => now;

    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);
}
