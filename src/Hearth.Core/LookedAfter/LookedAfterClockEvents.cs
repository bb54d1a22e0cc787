using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;
using static Hearth.Core.Statutory.ClockEventTypes;

namespace Hearth.Core.LookedAfter;

/// <summary>
/// Looked-after clock events, case = the period of care (StatutoryRuleTable.England LookedAfter()): the period's
/// start and end, the care plan and IRO, each placement's start, end, plan and notifications with the reg 28 visiting
/// pattern it puts the child under, visits where the child was seen, reviews, health assessments and PEPs. Same-day
/// events are emitted in the order the engine must see them: a placement's end before the next one's start, and a
/// placement's start before the special visiting pattern that ends the ordinary chain it starts.
/// </summary>
public sealed class LookedAfterClockEvents(HearthDbContext db) : IClockEventProjection
{
    public async Task<IReadOnlyList<ClockEvent>> EventsForAsync(IReadOnlyCollection<Guid> people, CancellationToken ct = default)
    {
        var periods = await db.CarePeriods.AsNoTracking().Where(p => people.Contains(p.PersonId))
            .Include(p => p.LegalStatuses).Include(p => p.Placements).ToListAsync(ct);
        if (periods.Count == 0)
        {
            return [];
        }
        var withPeriods = periods.Select(p => p.PersonId).Distinct().ToList();
        var births = await db.People.AsNoTracking().Where(p => withPeriods.Contains(p.Id))
            .Select(p => new { p.Id, p.DateOfBirth }).ToDictionaryAsync(p => p.Id, p => p.DateOfBirth, ct);
        var reviews = (await db.LookedAfterReviews.AsNoTracking().Where(r => withPeriods.Contains(r.PersonId))
            .Select(r => new { r.CarePeriodId, r.HeldOn }).ToListAsync(ct)).ToLookup(r => r.CarePeriodId, r => r.HeldOn);
        var visits = (await db.LookedAfterVisits.AsNoTracking().Where(v => withPeriods.Contains(v.PersonId) && v.ChildSeen)
            .Select(v => new { v.CarePeriodId, v.VisitedOn }).ToListAsync(ct)).ToLookup(v => v.CarePeriodId, v => v.VisitedOn);
        var peps = (await db.PersonalEducationPlans.AsNoTracking().Where(p => withPeriods.Contains(p.PersonId))
            .Select(p => new { p.CarePeriodId, p.HeldOn }).ToListAsync(ct)).ToLookup(p => p.CarePeriodId, p => p.HeldOn);
        var assessments = (await db.HealthEntries.AsNoTracking()
            .Where(h => withPeriods.Contains(h.PersonId) && (h.Kind == HealthEntryKind.InitialHealthAssessment || h.Kind == HealthEntryKind.HealthReview))
            .Select(h => new { h.PersonId, h.Kind, h.On }).ToListAsync(ct)).ToLookup(h => h.PersonId);

        var events = new List<ClockEvent>();
        foreach (var period in periods.OrderBy(p => p.PersonId).ThenBy(p => p.StartDate))
        {
            var dob = births.GetValueOrDefault(period.PersonId);
            var periodReviews = reviews[period.Id].Order().ToList();
            var timeline = new PeriodTimeline(period, events);
            timeline.Add(LookedAfterPeriodStarted, period.StartDate);
            timeline.AddAfterStart(ClockEventTypes.CarePlanAgreed, period.CarePlanAgreedOn);
            timeline.AddAfterStart(ClockEventTypes.IndependentReviewingOfficerAppointed, period.IndependentReviewingOfficerAppointedOn);
            if (PersonalEducationPlans.RequiredAt(dob, period.StartDate))
            {
                timeline.Add(PersonalEducationPlanRequired, period.StartDate);
            }
            AddPlacements(timeline, period, periodReviews);
            foreach (var held in periodReviews)
            {
                timeline.Add(LookedAfterReviewHeld, held);
            }
            foreach (var visited in visits[period.Id])
            {
                timeline.Add(ClockEventTypes.LookedAfterVisit, visited);
            }
            foreach (var held in peps[period.Id])
            {
                timeline.AddAfterStart(PersonalEducationPlanCompleted, held);
            }
            AddHealth(timeline, period, dob, [.. assessments[period.PersonId].Select(h => (h.Kind, h.On))]);
            timeline.Add(LookedAfterPeriodEnded, period.EndDate);
            timeline.Flush();
        }
        return events;
    }

    private static void AddPlacements(PeriodTimeline timeline, CarePeriod period, IReadOnlyList<DateOnly> reviews)
    {
        var placements = period.Placements.OrderBy(p => p.From).ToList();
        var statuses = period.LegalStatuses.OrderBy(s => s.From).ToList();
        for (var i = 0; i < placements.Count; i++)
        {
            var placement = placements[i];
            DateOnly? ended = i + 1 < placements.Count ? placements[i + 1].From : period.EndDate;
            bool During(DateOnly d) => d >= placement.From && (ended is null || d < ended);
            var statusAtStart = statuses.LastOrDefault(s => s.From <= placement.From)?.Code;

            timeline.Add(PlacementStarted, placement.From);
            timeline.AddAfter(PlacementPlanAgreed, placement.PlacementPlanAgreedOn, placement.From);
            timeline.AddAfter(PlacementNotificationsSent, placement.NotificationsSentOn, placement.From);

            // CPPCR 2010 reg 28(3)-(4): placed with a parent (P1) before assessment, or with a connected person (U1-U3)
            // or at home under an interim care order (P1 under C1): weekly until the first review held in the placement.
            var firstReview = reviews.Where(During).Cast<DateOnly?>().FirstOrDefault();
            var connectedOrInterim = placement.PlacementType is "U1" or "U2" or "U3" || (placement.PlacementType == "P1" && statusAtStart == "C1");
            if (connectedOrInterim)
            {
                timeline.Add(PlacedWithConnectedPersonOrAtHomeUnderInterimOrder, placement.From);
                timeline.Add(ConnectedPersonOrInterimOrderFirstReviewHeld, firstReview);
            }
            else if (placement.PlacementType == "P1")
            {
                timeline.Add(PlacedWithParentBeforeAssessment, placement.From);
                timeline.Add(PlacedWithParentFirstReviewHeld, firstReview);
            }

            // Reg 28(5): a care order made while the child is placed at home: a C2 status starting part-way through a P1 placement.
            if (placement.PlacementType == "P1")
            {
                var previous = statusAtStart;
                foreach (var status in statuses.Where(s => s.From > placement.From && During(s.From)))
                {
                    if (status.Code == "C2" && previous != "C2")
                    {
                        timeline.Add(CareOrderMadeWhilePlacedAtHome, status.From);
                    }
                    previous = status.Code;
                }
            }

            // Reg 28(2)(b): in a placement intended to last until 18, 3-monthly visits once its first year is over.
            var anniversary = placement.From.AddYears(1);
            if (placement.LongTerm && (ended is null || anniversary < ended))
            {
                timeline.Add(LongTermPlacementFirstYearCompleted, anniversary);
            }

            if (ended is { } end)
            {
                // The day the next placement starts (or the period ends): emitted before that placement's start.
                timeline.AddFirstOnDay(PlacementEnded, end);
            }
        }
    }

    /// <summary>
    /// CPPCR 2010 reg 7: the first initial health assessment in the period meets the IHA clock; every assessment
    /// (initial or review) starts the next review by the child's age on the day. Without a date of birth the child is
    /// treated as under 5, the stricter interval, so a missing birth date never lets a review slip.
    /// </summary>
    private static void AddHealth(PeriodTimeline timeline, CarePeriod period, DateOnly? dob, IReadOnlyList<(HealthEntryKind Kind, DateOnly On)> entries)
    {
        var inPeriod = entries.Where(e => e.On >= period.StartDate && (period.EndDate is null || e.On <= period.EndDate)).OrderBy(e => e.On).ToList();
        if (inPeriod.FirstOrDefault(e => e.Kind == HealthEntryKind.InitialHealthAssessment) is { Kind: HealthEntryKind.InitialHealthAssessment } first)
        {
            timeline.Add(InitialHealthAssessmentCompleted, first.On);
        }
        foreach (var entry in inPeriod)
        {
            var fiveOrOver = dob is { } born && entry.On >= born.AddYears(5);
            timeline.Add(fiveOrOver ? HealthAssessmentCompletedAgedFiveOrOver : HealthAssessmentCompletedUnderFive, entry.On);
        }
    }

    /// <summary>A period's events, put in date order (stable, so same-day events keep the order they were added in) before being handed on.</summary>
    private sealed class PeriodTimeline(CarePeriod period, List<ClockEvent> output)
    {
        private readonly List<(DateOnly Date, int Rank, int Order, string Type)> items = [];

        public void Add(string type, DateOnly? date)
        {
            if (date is { } d)
            {
                items.Add((d, 1, items.Count, type));
            }
        }

        public void AddFirstOnDay(string type, DateOnly date) => items.Add((date, 0, items.Count, type));

        /// <summary>A plan or appointment made before the period started met its duty on the day it started.</summary>
        public void AddAfterStart(string type, DateOnly? date) => AddAfter(type, date, period.StartDate);

        public void AddAfter(string type, DateOnly? date, DateOnly notBefore)
        {
            if (date is { } d)
            {
                Add(type, d < notBefore ? notBefore : d);
            }
        }

        public void Flush() => output.AddRange(items.OrderBy(i => i.Date).ThenBy(i => i.Rank).ThenBy(i => i.Order)
            .Select(i => new ClockEvent(period.PersonId, period.Id, i.Type, i.Date)));
    }
}
