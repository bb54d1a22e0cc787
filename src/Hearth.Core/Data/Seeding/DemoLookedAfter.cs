using Hearth.Core.LookedAfter;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Data.Seeding;

/// <summary>
/// The demo authority's children in care (issue 6): six children with two years of history written as the record would
/// hold it: section 20 then an interim and a full care order, moves with their reasons, reviews on time and one late,
/// visits, health assessments, PEPs, a missing episode with its return interview, and a child with an adoption decision.
/// The data obeys the SSDA903 2026-27 rules so the demo's return exports clean. Care leavers: <see cref="DemoCareLeavers"/>.
/// </summary>
internal static class DemoLookedAfter
{
    public static async Task SeedAsync(IServiceProvider services, IReadOnlyDictionary<string, User> users, CancellationToken ct)
    {
        var today = services.GetRequiredService<TimeProvider>().TodayInEngland();
        var care = new DemoCareRecords(services, users["social.worker2"], users["iro"], seed: 903);
        DateOnly Ago(int months, int days = 0) => today.AddMonths(-months).AddDays(-days);

        // Long-term foster care: s20, then an interim care order, then a full care order; moved to carers who will keep
        // her to 18 once the plan was agreed. Her fourth review, this year, was held three weeks late.
        {
            var start = Ago(22);
            var (child, home) = await care.ChildAsync(Ago(12 * 9 + 3), "F", start, ct);
            var period = care.Period(child, start, "N1", home);
            period.PermanenceGoal = PermanenceGoal.LongTermFosterCare;
            period.PermanenceDecidedOn = start.AddMonths(4);
            care.Status(period, start, "V2");
            care.Status(period, start.AddMonths(2), "C1");
            care.Status(period, start.AddMonths(10), "C2");
            care.Place(period, start, "U6", "PR1", "Mr and Mrs Adeyemi", "SC400101", "SG1 4QT", false, 3.2m);
            care.Place(period, start.AddMonths(12), "U4", "PR1", "Ms Kowalski", "SC400102", "AL3 5NF", false, 11.8m, "CARPL", longTerm: true);
            Reviews(care, period, child, start, lateAt: 3, today);
            VisitsEachPlacement(care, period, today);
            HealthHistory(care, child, start, today);
            care.Pep(period, start.AddDays(9), "Oakfield Primary School");
            for (var pep = start.AddMonths(4); pep < today; pep = pep.AddMonths(4))
            {
                care.Pep(period, pep, "Oakfield Primary School");
            }
        }

        // A teenager accommodated under s20 in a children's home out of the area, then with independent foster carers
        // nearer home, just over the county boundary; missing twice, each time offered a return home interview (one held in 48 hours, one in 80).
        {
            var start = Ago(18);
            var (child, home) = await care.ChildAsync(Ago(12 * 14 + 6), "M", start, ct);
            var period = care.Period(child, start, "N5", home);
            care.Status(period, start, "V2");
            care.Place(period, start, "K2", "PR4", "Brookside House", "SC500201", "LU2 7QP", true, 27.4m);
            care.Place(period, start.AddMonths(9), "U6", "PR4", "Mr and Mrs Hall (Fostering Futures)", "SC500202", "LU4 9HW", true, 14.2m, "CHILD");
            Reviews(care, period, child, start, lateAt: null, today);
            VisitsEachPlacement(care, period, today);
            HealthHistory(care, child, start, today);
            care.Pep(period, start.AddDays(8), "Hitchin Boys' School");
            care.Pep(period, today.AddMonths(-3), "Hitchin Boys' School");
            Missing(care, child.Id, period.Id, Ago(4), hoursToInterview: 48, "Stayed at a friend's flat in Luton; older boys there he did not know.");
            Missing(care, child.Id, period.Id, Ago(1, 10), hoursToInterview: 80, "Went to see his mother; slept in the park the second night.");
        }

        // A baby in care under an interim order, then a placement order, with the decision that she should be placed for
        // adoption; still with her foster carers while a match is found.
        {
            var start = Ago(21);
            var (child, home) = await care.ChildAsync(Ago(25), "F", start, ct);
            var period = care.Period(child, start, "N1", home);
            period.PermanenceGoal = PermanenceGoal.Adoption;
            period.PermanenceDecidedOn = Ago(6);
            care.Status(period, start, "C1");
            care.Status(period, Ago(3), "E1");
            care.Place(period, start, "U6", "PR1", "Mr and Mrs Greene", "SC400103", "WD17 2PL", false, 9.5m);
            Reviews(care, period, child, start, lateAt: null, today);
            VisitsEachPlacement(care, period, today);
            HealthHistory(care, child, start, today);
            care.Add(new AdoptionDecision
            {
                PersonId = child.Id,
                CarePeriodId = period.Id,
                ShouldBePlacedOn = Ago(5),
            });
        }

        // Looked after for five years under a care order, in a long-term placement for four (long-term stability); 15, so
        // her pathway planning starts next year.
        {
            var start = Ago(60);
            var (child, home) = await care.ChildAsync(Ago(12 * 15 + 8), "F", start, ct);
            var period = care.Period(child, start, "N1", home);
            period.PermanenceGoal = PermanenceGoal.LongTermFosterCare;
            period.PermanenceDecidedOn = start.AddMonths(4);
            care.Status(period, start, "C2");
            care.Place(period, start, "U6", "PR5", "Mrs Osei (Barnardo's fostering)", "SC600301", "AL1 2RJ", false, 7.0m);
            care.Place(period, start.AddMonths(8), "U4", "PR5", "Mr and Mrs Patel (Barnardo's fostering)", "SC600302", "SG12 9HB", false, 12.3m, "CARPL", longTerm: true);
            Reviews(care, period, child, start, lateAt: null, today);
            VisitsEachPlacement(care, period, today);
            HealthHistory(care, child, start, today);
            care.Pep(period, Ago(2), "Presdales School");
        }

        // With her aunt as a connected person under s20, then under an interim and a full care order; the aunt approved
        // as her long-term carer when the order was made.
        {
            var start = Ago(14);
            var (child, home) = await care.ChildAsync(Ago(12 * 11), "F", start, ct);
            var period = care.Period(child, start, "N2", home);
            period.PermanenceGoal = PermanenceGoal.Kinship;
            period.PermanenceDecidedOn = start.AddMonths(4);
            care.Status(period, start, "V2");
            care.Status(period, start.AddMonths(1), "C1");
            care.Status(period, start.AddMonths(9), "C2");
            care.Place(period, start, "U3", "PR1", "Ms Bright (aunt)", "SC400104", "EN11 8TA", false, 8.8m);
            care.Place(period, start.AddMonths(9), "U1", "PR1", "Ms Bright (aunt)", "SC400104", "EN11 8TA", false, 8.8m, "CARPL", longTerm: true);
            Reviews(care, period, child, start, lateAt: null, today);
            VisitsEachPlacement(care, period, today);
            HealthHistory(care, child, start, today);
            care.Pep(period, start.AddDays(9), "Broxbourne Primary School");
            care.Pep(period, Ago(2), "Broxbourne Primary School");
        }

        // Accommodated under s20 ten weeks ago when his father went into hospital: first review and health assessment done.
        {
            var start = today.AddDays(-70);
            var (child, home) = await care.ChildAsync(Ago(12 * 5 + 2), "M", start, ct);
            var period = care.Period(child, start, "N4", home);
            care.Status(period, start, "V2");
            care.Place(period, start, "U6", "PR1", "Mr Duffy", "SC400105", "HP2 4SU", false, 5.5m);
            Reviews(care, period, child, start, lateAt: null, today);
            VisitsEachPlacement(care, period, today);
            HealthHistory(care, child, start, today);
            care.Pep(period, start.AddDays(9), "Chaulden Infant School");
        }
        await care.SaveAsync(ct);
    }

    /// <summary>
    /// Reviews as reg 33 has them: the first within 20 working days, the second within 3 months, then every 6 months
    /// (held a little early); the one numbered <paramref name="lateAt"/> (0 the first) held three weeks late.
    /// </summary>
    private static void Reviews(DemoCareRecords care, CarePeriod period, Person child, DateOnly start, int? lateAt, DateOnly today)
    {
        var on = start.AddDays(14);
        for (var n = 0; on < today; n++)
        {
            var fourth = child.DateOfBirth!.Value.AddYears(4);
            care.Review(period, on, on < fourth ? "PN0" : "PN1", n == 0 ? "Care plan endorsed; contact to continue as agreed." : "Plan on track; IRO to see the child before the next review.");
            var interval = n == 0 ? on.AddMonths(3).AddDays(-7) : on.AddMonths(6).AddDays(-10);
            on = n + 1 == lateAt ? on.AddMonths(6).AddDays(21) : interval;
        }
    }

    /// <summary>Visits within a week of each placement, then every five weeks (reg 28).</summary>
    private static void VisitsEachPlacement(DemoCareRecords care, CarePeriod period, DateOnly today)
    {
        var placements = period.Placements.OrderBy(p => p.From).ToList();
        for (var i = 0; i < placements.Count; i++)
        {
            care.Visits(period, placements[i].From.AddDays(3), 35, i + 1 < placements.Count ? placements[i + 1].From : today);
        }
    }

    /// <summary>
    /// The initial health assessment before the first review, then reviews 6-monthly under 5 and yearly after (reg 7),
    /// and each year's OC2 items.
    /// </summary>
    private static void HealthHistory(DemoCareRecords care, Person child, DateOnly start, DateOnly today)
    {
        var dob = child.DateOfBirth!.Value;
        care.Health(child.Id, HealthEntryKind.InitialHealthAssessment, start.AddDays(12));
        for (var on = start.AddDays(12); ;)
        {
            on = on < dob.AddYears(5) ? on.AddMonths(6).AddDays(-7) : on.AddYears(1).AddDays(-14);
            if (on >= today)
            {
                break;
            }
            care.Health(child.Id, HealthEntryKind.HealthReview, on);
        }
        care.AnnualHealth(child, start, null);
    }

    private static void Missing(DemoCareRecords care, Guid personId, Guid periodId, DateOnly on, int hoursToInterview, string whereAndWithWhom)
    {
        var started = on.ToDateTime(new TimeOnly(21, 30), DateTimeKind.Utc);
        var returned = started.AddHours(19);
        care.Add(new MissingEpisode
        {
            PersonId = personId,
            CarePeriodId = periodId,
            Kind = MissingKind.Missing,
            StartedAt = started,
            ReturnedAt = returned,
            ReportedToPolice = true,
            WhereFound = "Returned to the placement himself",
            InterviewOfferedAt = returned.AddHours(20),
            InterviewAccepted = true,
            InterviewHeldAt = returned.AddHours(hoursToInterview),
            InterviewedBy = "Return interview service (Catch22)",
            WhereAndWithWhom = whereAndWithWhom,
            RecordedAt = care.Now,
            RecordedByName = care.Worker.DisplayName,
        });
    }
}
