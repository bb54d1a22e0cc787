namespace Hearth.Core.FrontDoor;

/// <summary>
/// The DfE referral source codes (CIN census ReferralSource, rule 8866; statutory-data.md A.2).
/// </summary>
public static class ReferralSource
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("1A", "Individual: family member, relative or carer"),
        ("1B", "Individual: acquaintance (including neighbours and child minders)"),
        ("1C", "Individual: self"),
        ("1D", "Individual: other"),
        ("2A", "Schools"),
        ("2B", "Education services"),
        ("3A", "Health services: GP"),
        ("3B", "Health services: health visitor"),
        ("3C", "Health services: school nurse"),
        ("3D", "Health services: other primary health services"),
        ("3E", "Health services: A&E (emergency department)"),
        ("3F", "Health services: other (for example hospice)"),
        ("4", "Housing (local authority or housing association)"),
        ("5A", "Local authority services: social care (for example adults' social care)"),
        ("5B", "Local authority services: other internal department"),
        ("5C", "Local authority services: external (for example another local authority)"),
        ("5D", "Local authority services: early help"),
        ("6", "Police"),
        ("7", "Other legal agency (for example courts, probation, immigration)"),
        ("8", "Other (for example faith groups)"),
        ("9", "Anonymous"),
        ("10", "Unknown"),
    ];

    private static readonly Dictionary<string, string> ByCode = All.ToDictionary(s => s.Code, s => s.Label, StringComparer.Ordinal);

    public static bool IsValid(string? code) => code is not null && ByCode.ContainsKey(code);

    public static string Label(string code) => ByCode.TryGetValue(code, out var label) ? label : code;
}
