namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// How the 903 rules read a raw cell: every value arrives as text from the supplier's CSV, and a cell
/// of only spaces counts as blank, codes being compared once trimmed (statutory-data.md B).
/// </summary>
internal static class Ssda903Values
{
    /// <summary>True when the cell is empty or only whitespace.</summary>
    public static bool IsBlank(this string? value) => string.IsNullOrWhiteSpace(value);

    /// <summary>True when the cell holds something other than whitespace.</summary>
    public static bool IsFilled(this string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>The value trimmed, or null when blank.</summary>
    public static string? Trimmed(this string? value) => value.IsBlank() ? null : value!.Trim();

    /// <summary>The value trimmed, or "" when blank: the form in which codes are compared and children keyed.</summary>
    public static string Code(this string? value) => value?.Trim() ?? "";

    /// <summary>True when the trimmed value is exactly <paramref name="code"/>.</summary>
    public static bool IsCode(this string? value, string code) => value?.Trim() == code;

    /// <summary>True when the two values are the same once trimmed (two blanks are the same).</summary>
    public static bool Same(string? a, string? b) => Trimmed(a) == Trimmed(b);

    /// <summary>The raw text of the column <paramref name="field"/> (the property of that name) in <paramref name="row"/>.</summary>
    public static string? Value(this Ssda903Row row, string field) =>
        (string?)row.GetType().GetProperty(field)?.GetValue(row);

    public static DateOnly? Date(this string? text) => Ssda903Date.Parse(text);

    /// <summary>The date <paramref name="years"/> on (a birthday), capped at the calendar's ends so a silly date sent cannot throw.</summary>
    public static DateOnly PlusYears(this DateOnly date, int years) =>
        date.Year + years > DateOnly.MaxValue.Year ? DateOnly.MaxValue
        : date.Year + years < DateOnly.MinValue.Year ? DateOnly.MinValue
        : date.AddYears(years);

    /// <summary>The date <paramref name="days"/> on, capped at the last day of the calendar.</summary>
    public static DateOnly PlusDays(this DateOnly date, int days) =>
        date.DayNumber + days > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : date.AddDays(days);
}
