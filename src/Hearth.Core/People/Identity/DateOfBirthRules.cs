using System.Globalization;

namespace Hearth.Core.People.Identity;

/// <summary>
/// Reads and checks the day, month and year inputs of a date of birth the way the GOV.UK Design
/// System's date input component asks (design-system.service.gov.uk/components/date-input):
/// one message per date; "Enter [label]" when nothing is entered; "[label] must include a
/// month" when part is missing; "[label] must be a real date" when the parts do not make a date;
/// "Year must include 4 numbers"; and "[label] must be today or in the past" and similar for
/// dates outside the allowed range. Month names ("jan", "January") are accepted, as the
/// guidance recommends.
/// </summary>
public static class DateOfBirthRules
{
    /// <summary>No date of birth before this is accepted: it would be a typing mistake.</summary>
    public static readonly DateOnly EarliestDateOfBirth = new(1900, 1, 1);

    /// <summary>
    /// How far ahead an expected date of birth may be. A pregnancy lasts about 40 weeks
    /// (a little over 9 months), so a later due date is a typing mistake.
    /// </summary>
    public const int MaximumMonthsUntilExpectedBirth = 10;

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>
    /// Reads three date inputs into a date. <paramref name="fieldLabel"/> is the question's
    /// short label starting with a capital, such as "Date of birth".
    /// </summary>
    public static DateParseResult ParseDateParts(string? day, string? month, string? year, string fieldLabel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldLabel);
        day = day?.Trim() ?? string.Empty;
        month = month?.Trim() ?? string.Empty;
        year = year?.Trim() ?? string.Empty;

        var missing = DateInputParts.None;
        if (day.Length == 0)
        {
            missing |= DateInputParts.Day;
        }

        if (month.Length == 0)
        {
            missing |= DateInputParts.Month;
        }

        if (year.Length == 0)
        {
            missing |= DateInputParts.Year;
        }

        if (missing == DateInputParts.All)
        {
            return DateParseResult.Failure($"Enter {LowerFirst(fieldLabel)}", DateInputParts.All);
        }

        if (missing != DateInputParts.None)
        {
            return DateParseResult.Failure($"{fieldLabel} must include {DescribeMissing(missing)}", missing);
        }

        var notReal = DateInputParts.None;
        if (!TryReadNumber(day, 2, out var dayNumber))
        {
            notReal |= DateInputParts.Day;
        }

        if (!TryReadMonth(month, out var monthNumber))
        {
            notReal |= DateInputParts.Month;
        }

        if (year.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            notReal |= DateInputParts.Year;
        }

        if (notReal != DateInputParts.None)
        {
            return DateParseResult.Failure($"{fieldLabel} must be a real date", notReal);
        }

        // GOV.UK: a two-digit year is ambiguous, so ask for all four numbers.
        if (year.Length != 4)
        {
            return DateParseResult.Failure("Year must include 4 numbers", DateInputParts.Year);
        }

        var yearNumber = int.Parse(year, CultureInfo.InvariantCulture);
        if (yearNumber < 1 || monthNumber is < 1 or > 12)
        {
            return DateParseResult.Failure(
                $"{fieldLabel} must be a real date",
                monthNumber is < 1 or > 12 ? DateInputParts.Month : DateInputParts.Year);
        }

        if (dayNumber < 1 || dayNumber > DateTime.DaysInMonth(yearNumber, monthNumber))
        {
            // 31 February and 29 February in a non-leap year end here.
            return DateParseResult.Failure($"{fieldLabel} must be a real date", DateInputParts.Day);
        }

        return DateParseResult.Success(new DateOnly(yearNumber, monthNumber, dayNumber));
    }

    /// <summary>
    /// Checks a date of birth: not after today (a baby born today is allowed) and not before
    /// 1 January 1900. Returns the GOV.UK error message, or null when the date is acceptable.
    /// </summary>
    public static string? ValidateDateOfBirth(DateOnly dateOfBirth, DateOnly today, string fieldLabel = "Date of birth")
    {
        if (dateOfBirth > today)
        {
            return $"{fieldLabel} must be today or in the past";
        }

        if (dateOfBirth < EarliestDateOfBirth)
        {
            return $"{fieldLabel} must be the same as or after {Format(EarliestDateOfBirth)}";
        }

        return null;
    }

    /// <summary>
    /// Checks the expected date of birth of an unborn child: after today and no more than
    /// 10 months ahead. Returns the GOV.UK error message, or null when acceptable.
    /// </summary>
    public static string? ValidateExpectedDateOfBirth(DateOnly expectedDateOfBirth, DateOnly today, string fieldLabel = "Expected date of birth")
    {
        if (expectedDateOfBirth <= today)
        {
            return $"{fieldLabel} must be in the future";
        }

        var latest = today.AddMonths(MaximumMonthsUntilExpectedBirth);
        if (expectedDateOfBirth > latest)
        {
            return $"{fieldLabel} must be the same as or before {Format(latest)}";
        }

        return null;
    }

    /// <summary>Reads the three inputs and checks the result as a date of birth.</summary>
    public static DateParseResult ParseDateOfBirth(string? day, string? month, string? year, DateOnly today, string fieldLabel = "Date of birth")
    {
        var parsed = ParseDateParts(day, month, year, fieldLabel);
        if (parsed.Value is not { } date)
        {
            return parsed;
        }

        var error = ValidateDateOfBirth(date, today, fieldLabel);
        return error is null ? parsed : DateParseResult.Failure(error, DateInputParts.All);
    }

    /// <summary>Reads the three inputs and checks the result as an expected date of birth.</summary>
    public static DateParseResult ParseExpectedDateOfBirth(string? day, string? month, string? year, DateOnly today, string fieldLabel = "Expected date of birth")
    {
        var parsed = ParseDateParts(day, month, year, fieldLabel);
        if (parsed.Value is not { } date)
        {
            return parsed;
        }

        var error = ValidateExpectedDateOfBirth(date, today, fieldLabel);
        return error is null ? parsed : DateParseResult.Failure(error, DateInputParts.All);
    }

    // GOV.UK date style, "1 January 1900"; the invariant culture's month names are English.
    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string DescribeMissing(DateInputParts missing) => missing switch
    {
        DateInputParts.Day => "a day",
        DateInputParts.Month => "a month",
        DateInputParts.Year => "a year",
        DateInputParts.Day | DateInputParts.Month => "a day and month",
        DateInputParts.Day | DateInputParts.Year => "a day and year",
        DateInputParts.Month | DateInputParts.Year => "a month and year",
        _ => throw new ArgumentOutOfRangeException(nameof(missing)),
    };

    // "Date of birth" becomes "Enter date of birth"; a label starting with an acronym keeps it.
    private static string LowerFirst(string label) =>
        label.Length > 1 && char.IsUpper(label[1]) ? label : char.ToLowerInvariant(label[0]) + label[1..];

    private static bool TryReadNumber(string text, int maxDigits, out int number)
    {
        number = 0;
        return text.Length <= maxDigits
            && !text.AsSpan().ContainsAnyExceptInRange('0', '9')
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    private static bool TryReadMonth(string text, out int month)
    {
        if (TryReadNumber(text, 2, out month))
        {
            return true;
        }

        var lower = text.ToLowerInvariant();
        for (var i = 0; i < MonthNames.Length; i++)
        {
            // Full names and the common abbreviations: "jan", "sept", "september".
            if (lower.Length >= 3 && MonthNames[i].StartsWith(lower, StringComparison.Ordinal))
            {
                month = i + 1;
                return true;
            }
        }

        month = 0;
        return false;
    }
}
