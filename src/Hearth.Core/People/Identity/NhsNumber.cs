using System.Diagnostics.CodeAnalysis;

namespace Hearth.Core.People.Identity;

/// <summary>
/// A 10-digit NHS number whose check digit has been verified.
/// Source: NHS Data Dictionary, "NHS Number" data element: nine digits plus a modulus 11
/// check digit; weights 10 down to 2 on digits 1-9; 11 minus the remainder is the check digit,
/// where 11 becomes 0 and 10 means the number is invalid and is never issued.
/// </summary>
public readonly record struct NhsNumber
{
    /// <summary>Shown when the field is empty.</summary>
    public const string MissingMessage = "Enter an NHS number";

    /// <summary>Shown when the input is not 10 digits in the 3-3-4 pattern.</summary>
    // The NHS service manual uses 485 777 3456 as the hint for the shape of the number
    // (it is a format example, not a number that passes the check digit test).
    public const string FormatMessage = "Enter an NHS number in the correct format, like 485 777 3456";

    /// <summary>Shown when the digits are well formed but fail the modulus 11 check.</summary>
    public const string CheckDigitMessage = "Enter a valid NHS number. Check you have copied it correctly";

    private readonly string? digits;

    private NhsNumber(string digits) => this.digits = digits;

    /// <summary>The 10 digits with no spaces, as stored and as sent in returns.</summary>
    public string Digits => digits ?? string.Empty;

    /// <summary>
    /// Parses 10 digits, allowing single spaces or hyphens between the 3-3-4 groups
    /// ("943 476 5919", "943-476-5919", "9434765919"), and checks the check digit.
    /// </summary>
    public static bool TryParse(string? input, out NhsNumber value, [NotNullWhen(false)] out string? error)
    {
        value = default;
        var trimmed = input?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            error = MissingMessage;
            return false;
        }

        if (!TryExtractDigits(trimmed, out var extracted))
        {
            error = FormatMessage;
            return false;
        }

        var check = ComputeCheckDigit(extracted.AsSpan(0, 9));
        if (check is null || check.Value != extracted[9] - '0')
        {
            error = CheckDigitMessage;
            return false;
        }

        value = new NhsNumber(extracted);
        error = null;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with the GOV.UK message.</summary>
    public static NhsNumber Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>
    /// The modulus 11 check digit for the first nine digits, or null when the remainder
    /// gives 10, in which case no valid NHS number starts with those nine digits.
    /// </summary>
    public static int? ComputeCheckDigit(ReadOnlySpan<char> firstNineDigits)
    {
        if (firstNineDigits.Length != 9)
        {
            throw new ArgumentException("Exactly nine digits are needed.", nameof(firstNineDigits));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var digit = firstNineDigits[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException("Only the digits 0-9 are allowed.", nameof(firstNineDigits));
            }

            // NHS Data Dictionary: weight 10 for the first digit down to 2 for the ninth.
            sum += digit * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    /// <summary>
    /// True for numbers that start with 9. Assumption, documented: NHS England has never issued
    /// a live NHS number starting with 9 (England and Wales issue from the 4xx and 6xx-7xx
    /// ranges; Scotland's CHI and Northern Ireland's H&amp;C numbers start 0-3), and its test
    /// environments (for example the PDS integration environment) use numbers starting with 9,
    /// with the 999 range set aside for synthetic data. Anything starting with 9 therefore cannot
    /// identify a real person, which is what the demo data and the test suite need.
    /// </summary>
    public static bool IsInSyntheticTestRange(NhsNumber number) =>
        number.Digits.Length == 10 && number.Digits[0] == '9';

    /// <summary>
    /// A random NHS number in the 999 range with a correct check digit, for demo and test data.
    /// </summary>
    public static NhsNumber CreateSynthetic(Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        Span<char> buffer = stackalloc char[10];
        while (true)
        {
            buffer[0] = '9';
            buffer[1] = '9';
            buffer[2] = '9';
            for (var i = 3; i < 9; i++)
            {
                buffer[i] = (char)('0' + rng.Next(10));
            }

            // About one in eleven prefixes has no valid check digit: draw again.
            var check = ComputeCheckDigit(buffer[..9]);
            if (check is not null)
            {
                buffer[9] = (char)('0' + check.Value);
                return new NhsNumber(new string(buffer));
            }
        }
    }

    /// <summary>Formats as "943 476 5919", the way the NHS displays it.</summary>
    public override string ToString() =>
        Digits.Length == 10 ? $"{Digits[..3]} {Digits[3..6]} {Digits[6..]}" : string.Empty;

    private static bool TryExtractDigits(string input, out string digits)
    {
        digits = string.Empty;

        // Shape: ddd[sep]ddd[sep]dddd where sep is one space or one hyphen, or nothing.
        Span<char> buffer = stackalloc char[10];
        var count = 0;
        var groupLengths = new[] { 3, 3, 4 };
        var position = 0;
        for (var group = 0; group < groupLengths.Length; group++)
        {
            if (group > 0 && position < input.Length && input[position] is ' ' or '-')
            {
                position++;
            }

            for (var i = 0; i < groupLengths[group]; i++)
            {
                if (position >= input.Length || !char.IsAsciiDigit(input[position]))
                {
                    return false;
                }

                buffer[count++] = input[position++];
            }
        }

        if (position != input.Length)
        {
            return false;
        }

        digits = new string(buffer);
        return true;
    }
}
