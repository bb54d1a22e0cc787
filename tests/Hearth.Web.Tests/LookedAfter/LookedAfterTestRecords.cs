using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Core.Statutory;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.LookedAfter;

/// <summary>
/// Periods of care, legal statuses and placements written straight to the database (the period of care service is
/// another helper's), and the looked-after obligations derived from them by the real projection, rule table and engine.
/// </summary>
public static class LookedAfterTestRecords
{
    public static Task<CarePeriod> StartPeriodAsync(this HearthWebApp app, Guid personId, DateOnly start, string legalStatus, string placementType,
        bool longTerm = false) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var period = new CarePeriod { PersonId = personId, StartDate = start, CategoryOfNeed = "N1", RecordedByName = "test" };
            period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, PersonId = personId, From = start, Code = legalStatus, RecordedByName = "test" });
            period.Placements.Add(new Placement { CarePeriodId = period.Id, PersonId = personId, From = start, PlacementType = placementType, LongTerm = longTerm, CarerName = "Carer", RecordedByName = "test" });
            db.CarePeriods.Add(period);
            await db.SaveChangesAsync();
            return period;
        });

    public static Task AddAsync(this HearthWebApp app, params object[] records) =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            db.AddRange(records);
            await db.SaveChangesAsync();
            return 0;
        });

    public static Placement Placement(CarePeriod period, DateOnly from, string type, bool longTerm = false) =>
        new() { CarePeriodId = period.Id, PersonId = period.PersonId, From = from, PlacementType = type, LongTerm = longTerm, CarerName = "Carer", RecordedByName = "test" };

    public static LegalStatusRecord Status(CarePeriod period, DateOnly from, string code) =>
        new() { CarePeriodId = period.Id, PersonId = period.PersonId, From = from, Code = code, RecordedByName = "test" };

    public static LookedAfterReview Review(CarePeriod period, DateOnly held) =>
        new() { CarePeriodId = period.Id, PersonId = period.PersonId, HeldOn = held, ChairName = "IRO", ParticipationCode = "PN1", RecordedByName = "test" };

    public static LookedAfterVisit Visit(CarePeriod period, DateOnly on, bool seen = true) =>
        new() { CarePeriodId = period.Id, PersonId = period.PersonId, VisitedOn = on, VisitedBy = "SW", ChildSeen = seen, SeenAlone = seen, Observations = "Well", RecordedByName = "test" };

    public static HealthEntry Health(CarePeriod period, HealthEntryKind kind, DateOnly on) =>
        new() { PersonId = period.PersonId, Kind = kind, On = on, RecordedByName = "test" };

    /// <summary>The obligations for one child as at <paramref name="today"/>: England's rule table, bank holidays of England and Wales.</summary>
    public static Task<IReadOnlyList<Obligation>> ObligationsAsync(this HearthWebApp app, Guid personId, DateOnly today) =>
        app.InScopeAsync(async sp =>
        {
            var events = await new LookedAfterClockEvents(sp.GetRequiredService<HearthDbContext>()).EventsForAsync([personId]);
            return new ObligationEngine(HolidayCalendar.EnglandAndWales).DeriveAll(StatutoryRuleTable.England, events, today);
        });

    public static List<Obligation> Rule(this IReadOnlyList<Obligation> obligations, string ruleId) =>
        obligations.Where(o => o.RuleId == ruleId).OrderBy(o => o.StartDate).ThenBy(o => o.DueDate).ToList();
}
