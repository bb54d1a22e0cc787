using System.Diagnostics.CodeAnalysis;

namespace Hearth.Core.People.Identity;

/// <summary>
/// A Unique Pupil Number (also used for a former UPN), per the DfE's
/// "Unique Pupil Numbers (UPNs): A guide for schools and local authorities":
/// <list type="bullet">
/// <item>character 1: check letter;</item>
/// <item>characters 2-4: DfE number of the local authority that allocated it;</item>
/// <item>characters 5-8: DfE establishment number of the allocating school;</item>
/// <item>characters 9-10: last two digits of the year of allocation;</item>
/// <item>characters 11-13: serial number; in a temporary UPN character 13 is a letter.</item>
/// </list>
/// The check letter is CIN census rule 1510: the sum of each character's value times its
/// position (2 to 13), modulo 23, indexes into A-Z without I, O and S. A letter in position 13
/// takes its index in that same alphabet as its value (A=0 ... Z=22), as the DfE guide sets out
/// for temporary UPNs. Census rules 1540 and 1550: characters 2-12 are digits and character 13
/// is a digit or one of those 23 letters.
/// </summary>
public readonly record struct UniquePupilNumber
{
    /// <summary>The 23 letters used for check letters and temporary UPNs: no I, O or S.</summary>
    public const string CheckAlphabet = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>Shown when the field is empty.</summary>
    public const string MissingMessage = "Enter a unique pupil number (UPN)";

    /// <summary>Shown when the input is not 13 characters of the right kinds.</summary>
    public const string FormatMessage =
        "Enter a UPN in the correct format: a letter followed by 12 characters, like B801200005001";

    /// <summary>Shown when the check letter does not match the rest of the number.</summary>
    public const string CheckLetterMessage = "Enter a valid UPN. Check you have copied it correctly";

    private readonly string? value;

    private UniquePupilNumber(string value) => this.value = value;

    /// <summary>The 13 characters, upper case.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Character 1.</summary>
    public char CheckLetter => Value.Length == 13 ? Value[0] : '\0';

    /// <summary>Characters 2-4: the allocating local authority's DfE number, such as "801".</summary>
    public string LocalAuthorityNumber => Value.Length == 13 ? Value[1..4] : string.Empty;

    /// <summary>Characters 5-8: the allocating school's DfE establishment number.</summary>
    public string EstablishmentNumber => Value.Length == 13 ? Value[4..8] : string.Empty;

    /// <summary>Characters 9-10: the last two digits of the year the UPN was allocated.</summary>
    public string YearOfAllocation => Value.Length == 13 ? Value[8..10] : string.Empty;

    /// <summary>Characters 11-13: the serial number.</summary>
    public string SerialNumber => Value.Length == 13 ? Value[10..] : string.Empty;

    /// <summary>A temporary UPN has a letter in position 13.</summary>
    public bool IsTemporary => Value.Length == 13 && char.IsAsciiLetter(Value[12]);

    /// <summary>
    /// Parses a UPN: surrounding and inner spaces are ignored and letters may be lower case.
    /// The local authority number is not checked against a list, because the list changes as
    /// authorities are reorganised; census rule 1530 belongs with the returns.
    /// </summary>
    public static bool TryParse(string? input, out UniquePupilNumber upn, [NotNullWhen(false)] out string? error)
    {
        upn = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = MissingMessage;
            return false;
        }

        var compact = string.Concat(input.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (compact.Length != 13
            || !CheckAlphabet.Contains(compact[0])
            || compact.AsSpan(1, 11).ContainsAnyExceptInRange('0', '9')
            || !(char.IsAsciiDigit(compact[12]) || CheckAlphabet.Contains(compact[12])))
        {
            error = FormatMessage;
            return false;
        }

        if (ComputeCheckLetter(compact.AsSpan(1)) != compact[0])
        {
            error = CheckLetterMessage;
            return false;
        }

        upn = new UniquePupilNumber(compact);
        error = null;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with the GOV.UK message.</summary>
    public static UniquePupilNumber Parse(string input) =>
        TryParse(input, out var upn, out var error) ? upn : throw new FormatException(error);

    /// <summary>
    /// The check letter for characters 2-13 (12 characters: 11 digits then a digit or a
    /// letter from <see cref="CheckAlphabet"/>).
    /// </summary>
    public static char ComputeCheckLetter(ReadOnlySpan<char> charactersTwoToThirteen)
    {
        if (charactersTwoToThirteen.Length != 12)
        {
            throw new ArgumentException("Exactly 12 characters are needed.", nameof(charactersTwoToThirteen));
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = char.ToUpperInvariant(charactersTwoToThirteen[i]);
            int characterValue;
            if (char.IsAsciiDigit(c))
            {
                characterValue = c - '0';
            }
            else if (i == 11 && CheckAlphabet.IndexOf(c) is var index and >= 0)
            {
                characterValue = index;
            }
            else
            {
                throw new ArgumentException(
                    "Characters 2-12 must be digits and character 13 a digit or a letter other than I, O or S.",
                    nameof(charactersTwoToThirteen));
            }

            // Positions in the UPN start at 1 for the check letter, so this character is i + 2.
            sum += characterValue * (i + 2);
        }

        return CheckAlphabet[sum % 23];
    }

    /// <summary>
    /// A structurally valid permanent UPN for demo data, allocated by the given local authority
    /// number (100-999). UPNs have no reserved test range, so a synthetic UPN could coincide
    /// with a real pupil's: keep demo data out of live systems.
    /// </summary>
    public static UniquePupilNumber CreateSynthetic(Random rng, int laCode)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(laCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(laCode, 999);

        var establishment = rng.Next(1000, 10000);
        var year = rng.Next(0, 100);
        var serial = rng.Next(0, 1000);
        var body = $"{laCode:000}{establishment:0000}{year:00}{serial:000}";
        return new UniquePupilNumber(ComputeCheckLetter(body) + body);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
