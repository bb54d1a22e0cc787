namespace Hearth.Core.People.CodeLists;

/// <summary>
/// Sex as the DfE collects it from 2024-25 (CBDS data item N00783 "Sex", which replaced
/// N00007 "Gender" under RFC 1233; CIN census rule 4180; SSDA903 rule 101).
/// U covers not known, not recorded and indeterminate, and is the code for an unborn child
/// (rule 8750). Shared reference: statutory-data.md A.2 and B.
/// </summary>
public static class LegalSex
{
    /// <summary>Male.</summary>
    public const string Male = "M";

    /// <summary>Female.</summary>
    public const string Female = "F";

    /// <summary>Not known, not recorded, indeterminate or unborn.</summary>
    public const string Unknown = "U";

    private static readonly CodeList List = new(
        new(Male, "Male"),
        new(Female, "Female"),
        new(Unknown, "Unknown or indeterminate"));

    /// <summary>M, F and U.</summary>
    public static IReadOnlyList<CodeListEntry> All => List.All;

    /// <summary>True for M, F or U (exact, upper case).</summary>
    public static bool IsValid(string? code) => List.IsValid(code);

    /// <summary>The label for a code, or null for a code not in the list.</summary>
    public static string? LabelFor(string? code) => List.LabelFor(code);

    /// <summary>
    /// Maps a pre-2024-25 return's gender code (CIN census GenderCurrent: 1 male, 2 female,
    /// 0 not recorded or unborn, 9 indeterminate; SSDA903 SEX: 1, 2) to today's code, for
    /// importing history. Returns null for anything else.
    /// </summary>
    public static string? FromLegacyGenderCode(string? legacyCode) => legacyCode?.Trim() switch
    {
        "1" => Male,
        "2" => Female,
        "0" or "9" => Unknown,
        _ => null,
    };
}
