namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// The shape of a unique pupil number (DfE "Unique pupil numbers (UPNs): guidance", UPN_Guide_1.2):
/// a check letter, a three-digit LA code, eight digits (a four-digit establishment number and a
/// serial), and a final digit, or a letter for a temporary UPN. Rules 1510, 1530, 1540, 1550 and
/// 1560Q each test one part, so that one malformed UPN is reported once per part that is wrong.
/// </summary>
public static class UniquePupilNumber
{
    public const int Length = 13;

    /// <summary>The check letters and the letters a temporary UPN may end in: A-Z without I, O and S.</summary>
    private const string Letters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>Characters 2-4: the LA code the UPN was issued under.</summary>
    public static string? LaCode(string? upn) => upn?.Length == Length ? upn[1..4] : null;

    /// <summary>Character 13 is a digit, or one of the 23 letters for a temporary UPN.</summary>
    public static bool IsValidFinalCharacter(char c) => char.IsAsciiDigit(c) || Letters.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// The check letter a 13-character UPN should start with: the sum of characters 2-13 each
    /// weighted by its position (2 to 13), modulo 23, read as a letter (0 = A ... 22 = Z). A temporary
    /// UPN's final letter counts as its own place in the same table. Null when characters 2-12 are not
    /// all digits or character 13 is not a digit or letter the guide allows, because 1530, 1540 and
    /// 1550 report those and a check letter cannot be computed.
    /// </summary>
    public static char? ExpectedCheckLetter(string? upn)
    {
        if (upn is not { Length: Length })
        {
            return null;
        }

        var sum = 0;
        for (var i = 1; i < Length; i++)
        {
            var value = CharacterValue(upn[i], allowLetter: i == Length - 1);
            if (value is null)
            {
                return null;
            }

            sum += value.Value * (i + 1);
        }

        return Letters[sum % Letters.Length];
    }

    private static int? CharacterValue(char c, bool allowLetter)
    {
        if (char.IsAsciiDigit(c))
        {
            return c - '0';
        }

        var letter = allowLetter ? Letters.IndexOf(c, StringComparison.Ordinal) : -1;
        return letter >= 0 ? letter : null;
    }
}
