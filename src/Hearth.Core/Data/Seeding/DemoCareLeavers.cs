using Hearth.Core.CareLeavers;
using Hearth.Core.LookedAfter;
using Hearth.Core.Workforce;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Core.Data.Seeding;

/// <summary>
/// The demo authority's care leavers (issue 6): three young people aged 17 to 21 who were looked after from 14 or 15,
/// each with a needs assessment, pathway plan and 6-monthly reviews, a personal adviser, and a contact two weeks before
/// each birthday from the 17th (the OC3 contact, from three months before to one month after the birthday).
/// </summary>
internal static class DemoCareLeavers
{
    public static async Task SeedAsync(IServiceProvider services, IReadOnlyDictionary<string, User> users, CancellationToken ct)
    {
        var today = services.GetRequiredService<TimeProvider>().TodayInEngland();
        var care = new DemoCareRecords(services, users["senior.practitioner"], users["iro"], seed: 904);

        // 19: stayed put with her foster carers at 18 and is at college (F2), suitably housed with them (Z1).
        await LeaverAsync(care, today, ageInMonths: 12 * 19 + 9, lookedAfterFrom: 14 * 12 + 6, leftAtMonths: 18 * 12, reason: "E17",
            "U4", "PR1", "Mr and Mrs Carter", "SC400106", "SG2 8LP", "Jo Mensah", ct,
            (17, "YES", "F2", "Z1"), (18, "YES", "F2", "Z1"), (19, "YES", "F2", "Z1"));

        // 20: in supported accommodation from 16 and a half; working part-time at 19 (P4), out of work at 20 (G5) but in
        // her own tenancy (U1).
        await LeaverAsync(care, today, ageInMonths: 12 * 20 + 6, lookedAfterFrom: 15 * 12, leftAtMonths: 18 * 12, reason: "E8",
            "K3", "PR4", "Pathways Supported Living", "SC700101", "WD18 0JP", "Jo Mensah", ct,
            (17, "YES", "F2", "D1"), (18, "YES", "P4", "D1"), (19, "YES", "P4", "D1"), (20, "YES", "G5", "U1"));

        // 17: went home to live with her grandmother at 16 and 10 months; still in touch, in full-time education.
        await LeaverAsync(care, today, ageInMonths: 12 * 17 + 5, lookedAfterFrom: 15 * 12, leftAtMonths: 16 * 12 + 10, reason: "E13",
            "U6", "PR1", "Mrs Farrow", "SC400107", "CM23 3ET", "Sam Rees", ct,
            (17, "YES", "F1", "B1"));
        await care.SaveAsync(ct);
    }

    private static async Task LeaverAsync(DemoCareRecords care, DateOnly today, int ageInMonths, int lookedAfterFrom, int leftAtMonths, string reason,
        string place, string provider, string carer, string urn, string postcode, string adviser, CancellationToken ct,
        params (int Age, string InTouch, string Activity, string Accommodation)[] contacts)
    {
        var born = today.AddMonths(-ageInMonths);
        var start = born.AddMonths(lookedAfterFrom);
        var (person, home) = await care.ChildAsync(born, "F", start, ct);
        var dob = person.DateOfBirth!.Value;
        var period = care.Period(person, start, "N1", home, dob.AddMonths(leftAtMonths), reason);
        care.Health(person.Id, HealthEntryKind.InitialHealthAssessment, start.AddDays(12));
        care.AnnualHealth(person, start, period.EndDate);
        care.Status(period, start, "C2");
        care.Place(period, start, place == "K3" ? "U6" : place, "PR1", place == "K3" ? "Mr and Mrs Ahmed" : carer, place == "K3" ? "SC400108" : urn,
            place == "K3" ? "SG5 1QE" : postcode, false, 6.4m);
        if (place == "K3")
        {
            // Supported accommodation is for 16 and 17 year olds (rule 371): the move came at 16 and a half.
            care.Place(period, dob.AddMonths(16 * 12 + 6), place, provider, carer, urn, postcode, false, 9.1m, "CARPL");
        }
        for (var on = start.AddDays(14); on < period.EndDate; on = on.AddMonths(6).AddDays(-10))
        {
            care.Review(period, on, "PN1", "Pathway plan reviewed with the young person.");
        }
        var sixteen = dob.AddYears(16);
        care.Pathway(person.Id, PathwayPlanStage.NeedsAssessment, sixteen.AddMonths(1), "Needs assessment with the young person and their carers.");
        care.Pathway(person.Id, PathwayPlanStage.PlanAgreed, sixteen.AddMonths(3), "Pathway plan agreed.");
        for (var on = sixteen.AddMonths(9); on < today; on = on.AddMonths(6))
        {
            care.Pathway(person.Id, PathwayPlanStage.PlanReviewed, on, "Pathway plan reviewed with the personal adviser.");
        }
        care.Adviser(person.Id, adviser, sixteen.AddMonths(2));
        foreach (var (age, inTouch, activity, accommodation) in contacts)
        {
            var on = dob.AddYears(age).AddDays(-14);
            if (on < today)
            {
                care.Contact(person.Id, on, inTouch, activity, accommodation, $"Birthday contact at {age}: seen by the personal adviser.");
            }
        }
        if (reason == "E17")
        {
            care.Add(new StayingPutArrangement
            {
                PersonId = person.Id,
                CarerName = carer,
                StartedOn = period.EndDate!.Value,
                RecordedAt = care.Now,
                RecordedByName = care.Worker.DisplayName,
            });
        }
    }
}
