using System.Globalization;

namespace Hearth.Core.Returns.Ssda903;

/// <summary>SSDA903 dates are written dd/mm/yyyy (statutory-data.md B.1).</summary>
public static class Ssda903Date
{
    public const string Format = "dd/MM/yyyy";

    /// <summary>The date, or null when the cell is empty or is not a real dd/mm/yyyy date.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>Something is there but it is not a date: what the "not a valid date" rules report.</summary>
    public static bool IsInvalid(string? text) => !string.IsNullOrWhiteSpace(text) && Parse(text) is null;

    public static string? Write(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture);
}
