namespace Hearth.Core.Data;

/// <summary>
/// "Today" for statutory purposes is the date in England, not UTC: a referral at 00:30 BST on
/// 1 April is in the new collection year.
/// </summary>
public static class EnglandClock
{
    private static readonly TimeZoneInfo London = FindLondon();

    public static DateOnly TodayInEngland(this TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, London));

    public static DateTime ToEnglandTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>The UTC instant of a wall-clock time in England (the later of two in the autumn hour that repeats).</summary>
    public static DateTime FromEnglandTime(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (London.IsInvalidTime(unspecified))
        {
            // The spring-forward gap: 01:30 does not exist on that day; 02:30 is what a person means.
            unspecified = unspecified.AddHours(1);
        }
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, London);
    }

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tz data still runs; dates near midnight in summer may then be a day out.
            return TimeZoneInfo.Utc;
        }
    }
}
