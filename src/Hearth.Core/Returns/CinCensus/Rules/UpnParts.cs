using Upn = Hearth.Core.People.Identity.UniquePupilNumber;

namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// The parts of a UPN as sent, which rules 1510, 1530, 1540, 1550 and 1560Q each test one of, so
/// that one malformed UPN is reported once per part that is wrong. The check letter itself is the
/// record's own (<see cref="Upn.ComputeCheckLetter"/>, DfE UPN guide), not a second copy.
/// </summary>
public static class UpnParts
{
    public const int Length = 13;

    /// <summary>Characters 2-4: the LA code the UPN was issued under.</summary>
    public static string? LaCode(string? upn) => upn?.Length == Length ? upn[1..4] : null;

    /// <summary>Character 13 is a digit, or one of the 23 letters for a temporary UPN.</summary>
    public static bool IsValidFinalCharacter(char c) => char.IsAsciiDigit(c) || Upn.CheckAlphabet.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// The check letter a 13-character UPN should start with; null when characters 2-12 are not all
    /// digits or character 13 is not allowed, because 1540 and 1550 report those and no check letter
    /// can be computed.
    /// </summary>
    public static char? ExpectedCheckLetter(string? upn) =>
        upn is { Length: Length } && !upn.AsSpan(1, 11).ContainsAnyExceptInRange('0', '9') && IsValidFinalCharacter(upn[12])
            ? Upn.ComputeCheckLetter(upn.AsSpan(1))
            : null;
}
