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
}
