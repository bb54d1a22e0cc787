using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Hearth.Core.People.Identity;

/// <summary>
/// A UK postcode in its normal form: upper case, one space before the three-character inward
/// code ("SW1A 1AA"). Checked against the well-known UK format pattern (as published with the
/// Cabinet Office's e-GIF data standards, and including the Girobank code GIR 0AA). The pattern
/// says the postcode could exist, not that Royal Mail has issued it.
/// </summary>
public sealed partial record UkPostcode
{
    /// <summary>Shown when the field is empty.</summary>
    public const string MissingMessage = "Enter a postcode";

    /// <summary>GOV.UK Design System address pattern wording for a postcode that cannot exist.</summary>
    public const string InvalidMessage = "Enter a real postcode, like SW1A 1AA";

    private UkPostcode(string value) => Value = value;

    /// <summary>The normalised postcode, such as "SW1A 1AA".</summary>
    public string Value { get; }

    /// <summary>The outward code before the space, such as "SW1A".</summary>
    public string Outward => Value[..Value.IndexOf(' ')];

    /// <summary>The inward code after the space, such as "1AA".</summary>
    public string Inward => Value[(Value.IndexOf(' ') + 1)..];

    /// <summary>The postcode area: the leading letters, such as "SW".</summary>
    public string Area => new(Outward.TakeWhile(char.IsAsciiLetter).ToArray());

    /// <summary>
    /// The postcode district. Royal Mail's district is the whole outward code ("SW1A"), which is
    /// what this returns; it is kept as its own name because that is how the term is used.
    /// </summary>
    public string District => Outward;

    /// <summary>The postcode sector: outward code, space, first inward digit ("SW1A 1").</summary>
    public string Sector => Value[..(Value.IndexOf(' ') + 2)];

    /// <summary>
    /// Parses a postcode in any case and with any spacing ("sw1a1aa", " SW1A  1AA ").
    /// </summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out UkPostcode? postcode, [NotNullWhen(false)] out string? error)
    {
        postcode = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = MissingMessage;
            return false;
        }

        var compact = string.Concat(input.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

        // Every UK postcode has a 3-character inward code and a 2-4 character outward code.
        if (compact.Length is < 5 or > 7)
        {
            error = InvalidMessage;
            return false;
        }

        var normalised = $"{compact[..^3]} {compact[^3..]}";
        if (!PostcodePattern().IsMatch(normalised))
        {
            error = InvalidMessage;
            return false;
        }

        postcode = new UkPostcode(normalised);
        error = null;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with the GOV.UK message.</summary>
    public static UkPostcode Parse(string input) =>
        TryParse(input, out var postcode, out var error) ? postcode : throw new FormatException(error);

    /// <inheritdoc />
    public override string ToString() => Value;

    // Area letters exclude Q, V, X in position 1 and I, J, Z in position 2; the inward code
    // never uses C, I, K, M, O or V. The forms are A9, A99, AA9, AA99, A9A and AA9A.
    [GeneratedRegex(
        "^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$",
        RegexOptions.CultureInvariant)]
    private static partial Regex PostcodePattern();
}
