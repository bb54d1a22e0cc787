using Hearth.Core.People.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.Shared;

/// <summary>The three boxes of a GOV.UK date input, kept as typed so a wrong date is shown back as entered.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    /// <summary>
    /// Which boxes the last error was about, so only those are highlighted (GOV.UK date input: "if the
    /// error relates to specific fields, only highlight those"). None means the whole date.
    /// </summary>
    public DateInputParts ErrorParts { get; private set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(), Month = d.Month.ToString(), Year = d.Year.ToString() }
        : new DateParts();

    /// <summary>Reads the date, or records the GOV.UK error against <paramref name="key"/>; empty is allowed unless required.</summary>
    public DateOnly? Read(ModelStateDictionary modelState, string key, string label, bool required = false)
    {
        if (IsEmpty)
        {
            if (required)
            {
                modelState.AddModelError(key, $"Enter {label.ToLowerInvariant()}");
                ErrorParts = DateInputParts.All;
            }
            return null;
        }
        var parsed = DateOfBirthRules.ParseDateParts(Day, Month, Year, label);
        if (parsed.Error is { } error)
        {
            modelState.AddModelError(key, error);
            ErrorParts = parsed.ErrorParts;
            // The error summary links to the first box that is wrong, not always the day (GOV.UK date input).
            var first = FirstBox(parsed.ErrorParts);
            modelState.SetModelValue(FocusKey(key), first, first);
        }
        return parsed.Value;
    }

    /// <summary>Where the error summary records which box of a date to link to.</summary>
    public static string FocusKey(string key) => key + ".__focus";

    private static string FirstBox(DateInputParts parts) =>
        parts.HasFlag(DateInputParts.Day) || parts == DateInputParts.None ? "Day"
        : parts.HasFlag(DateInputParts.Month) ? "Month"
        : "Year";
}
