using System.Globalization;
using Hearth.Core.Data;
using Hearth.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.FrontDoor;

/// <summary>A GOV.UK date input plus a 24-hour time box, read as one instant in England.</summary>
public static class TimeOfDay
{
    private static readonly string[] Formats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "HHmm"];

    public static string Format(DateTime utc) => EnglandClock.ToEnglandTime(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <returns>The UTC instant, or null with errors added under <paramref name="dateKey"/> and <paramref name="timeKey"/>.</returns>
    public static DateTime? Read(ModelStateDictionary modelState, DateParts date, string dateKey, string? time, string timeKey, string label)
    {
        var day = date.Read(modelState, dateKey, $"The date {label}", required: true);
        TimeOnly? at = null;
        if (string.IsNullOrWhiteSpace(time))
        {
            modelState.AddModelError(timeKey, $"Enter the time {label}, like 14:30");
        }
        else if (TimeOnly.TryParseExact(time.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            at = parsed;
        }
        else
        {
            modelState.AddModelError(timeKey, $"Enter the time {label} as hours and minutes on the 24-hour clock, like 14:30");
        }
        return day is { } d && at is { } t ? EnglandClock.FromEnglandTime(d.ToDateTime(t)) : null;
    }
}
