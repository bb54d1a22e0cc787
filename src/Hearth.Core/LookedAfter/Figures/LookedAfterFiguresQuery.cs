using Hearth.Core.Data;
using Hearth.Core.Statutory;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.LookedAfter.Figures;

/// <summary>
/// Loads the slim rows the figures need, one query a table whatever the number of children, and computes the figures
/// as at a date (today when none is given). Only what the figures look at is read: periods ending after the day the
/// oldest care leaver in the cohort could have turned 14, the reviews and visits of the periods open on the day, and
/// the health assessments, returns and contacts of the year.
/// </summary>
public sealed class LookedAfterFiguresQuery(HearthDbContext db, LookedAfterFiguresOptions options, IWorkingDayCalendar calendar,
    TimeProvider clock)
{
    public async Task<LookedAfterFiguresReport> ComputeAsync(DateOnly? asAt = null, CancellationToken ct = default)
    {
        var day = asAt ?? clock.TodayInEngland();
        var record = await LoadAsync(day, ct);
        return LookedAfterFigures.Compute(record, day, options.ChildPopulation, calendar);
    }

    public async Task<FigureRecord> LoadAsync(DateOnly asAt, CancellationToken ct = default)
    {
        var from = LookedAfterFigures.YearFrom(asAt);
        // A care leaver turning 21 in the year was 14 eight years before the year began at the earliest.
        var earliest = from.AddYears(-8);
        var periods = await db.CarePeriods.AsNoTracking()
            .Where(p => p.StartDate <= asAt && (p.EndDate == null || p.EndDate > earliest))
            .Select(p => new
            {
                p.Id,
                p.PersonId,
                p.StartDate,
                p.EndDate,
                Statuses = p.LegalStatuses.Select(s => new FigureLegalStatus(s.From, s.Code)).ToList(),
                Placements = p.Placements.Select(x => new FigurePlacement(x.From, x.PlacementType, x.OutOfArea, x.DistanceMiles, x.LongTerm)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        // Every review and visit of the periods open on the day: each interval runs from the one before, back to the start.
        var open = periods.Where(p => p.EndDate == null || p.EndDate > asAt).Select(p => p.Id).ToList();
        var reviews = await db.LookedAfterReviews.AsNoTracking().Where(r => open.Contains(r.CarePeriodId) && r.HeldOn <= asAt)
            .Select(r => new FigureReview(r.PersonId, r.CarePeriodId, r.HeldOn)).ToListAsync(ct);
        var visits = await db.LookedAfterVisits.AsNoTracking().Where(v => open.Contains(v.CarePeriodId) && v.VisitedOn <= asAt)
            .Select(v => new FigureVisit(v.PersonId, v.CarePeriodId, v.VisitedOn)).ToListAsync(ct);
        var healthSince = asAt.AddYears(-1);
        var health = await db.HealthEntries.AsNoTracking()
            .Where(h => (h.Kind == HealthEntryKind.InitialHealthAssessment || h.Kind == HealthEntryKind.HealthReview) && h.On > healthSince && h.On <= asAt)
            .Select(h => new FigureHealthAssessment(h.PersonId, h.On)).ToListAsync(ct);
        // A day either side of the year in UTC; the figure itself decides by the day in England.
        var returnsFrom = from.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var returnsTo = asAt.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var returns = await db.MissingEpisodes.AsNoTracking()
            .Where(m => m.ReturnedAt != null && m.ReturnedAt >= returnsFrom && m.ReturnedAt < returnsTo)
            .Select(m => new FigureReturn(m.PersonId, m.ReturnedAt!.Value, m.InterviewHeldAt)).ToListAsync(ct);
        var contactsFrom = from.AddMonths(-3);
        var contacts = await db.CareLeaverContacts.AsNoTracking().Where(c => c.ContactOn >= contactsFrom && c.ContactOn <= asAt)
            .Select(c => new FigureContact(c.PersonId, c.ContactOn, c.InTouch, c.Activity, c.Accommodation)).ToListAsync(ct);

        var ids = periods.Select(p => p.PersonId).Concat(returns.Select(r => r.PersonId)).Distinct().ToList();
        var children = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new FigureChild(p.Id, p.DateOfBirth)).ToListAsync(ct);
        return new FigureRecord(children,
            [.. periods.Select(p => new FigurePeriod(p.Id, p.PersonId, p.StartDate, p.EndDate, p.Statuses, p.Placements))],
            reviews, visits, health, returns, contacts);
    }
}
