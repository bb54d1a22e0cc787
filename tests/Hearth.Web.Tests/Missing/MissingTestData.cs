using System.Globalization;
using Hearth.Core.Data;
using Hearth.Core.LookedAfter;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.Missing;

/// <summary>Looked-after children made straight in the database, and the date-and-time fields the Missing pages post.</summary>
public static class MissingTestData
{
    /// <summary>A period of care from <paramref name="start"/> under <paramref name="legalStatus"/>, saved directly (the Looked after pages are another area's).</summary>
    public static Task<CarePeriod> LookedAfterAsync(this HearthWebApp app, Guid childId, DateOnly start, DateOnly? end = null, string legalStatus = "C2") =>
        app.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HearthDbContext>();
            var period = new CarePeriod { PersonId = childId, StartDate = start, EndDate = end, CategoryOfNeed = "N1", ReasonCeased = end is null ? null : "E8", RecordedByName = "Test" };
            period.LegalStatuses.Add(new LegalStatusRecord { CarePeriodId = period.Id, PersonId = childId, From = start, Code = legalStatus, RecordedByName = "Test" });
            db.CarePeriods.Add(period);
            await db.SaveChangesAsync();
            return period;
        });

    /// <summary>The date boxes and the time box for an instant, as England's clocks show it.</summary>
    public static Dictionary<string, string> At(string key, DateTime utc)
    {
        var local = EnglandClock.ToEnglandTime(utc);
        return new()
        {
            [$"{key}.Day"] = local.Day.ToString(CultureInfo.InvariantCulture),
            [$"{key}.Month"] = local.Month.ToString(CultureInfo.InvariantCulture),
            [$"{key}.Year"] = local.Year.ToString(CultureInfo.InvariantCulture),
            [$"{key}Time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>An instant to the minute, as the form can carry it.</summary>
    public static DateTime ToMinute(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc);
}
