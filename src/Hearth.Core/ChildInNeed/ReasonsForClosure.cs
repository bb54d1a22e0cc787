namespace Hearth.Core.ChildInNeed;

/// <summary>
/// The DfE CIN census reasons for closure (statutory-data.md A.2, ReasonForClosure; RC9 added in
/// 2023). Validation rule 8640 refuses any other code.
/// </summary>
public static class ReasonsForClosure
{
    /// <summary>Closed after assessment with no further action: the census marks the referral NFA.</summary>
    public const string NoFurtherActionAfterAssessment = "RC8";

    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("RC1", "Adopted"),
        ("RC2", "Died"),
        ("RC3", "Child arrangements order"),
        ("RC4", "Special guardianship order"),
        ("RC5", "Transferred to services of another local authority"),
        ("RC6", "Transferred to adult social care"),
        ("RC7", "Services ceased for any other reason, including the child no longer in need"),
        ("RC8", "Case closed after assessment, no further action"),
        ("RC9", "Case closed after assessment, referred to early help"),
    ];

    public static bool IsValid(string? code) => code is not null && All.Any(r => r.Code == code);

    public static string Label(string? code) => All.FirstOrDefault(r => r.Code == code).Label ?? code ?? "";

    /// <summary>RC8 is the only closure that can mark a referral NFA, and only when nothing followed the referral (see ChildInNeedEpisodes.CloseAsync).</summary>
    public static bool MarksReferralNfa(string code) => code == NoFurtherActionAfterAssessment;
}
