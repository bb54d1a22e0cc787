namespace Hearth.Core.LookedAfter;

/// <summary>
/// REVIEW_CODE: how the child took part in their review (SSDA903 guidance; statutory-data.md B.2). PN0 is for a child
/// under 4 on the day of the review and only for them (903 rules 440 and 441).
/// </summary>
public static class ReviewParticipation
{
    public const string UnderFour = "PN0";

    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("PN0", "Child aged under 4 at the time of the review"),
        ("PN1", "Child physically attends and speaks for themselves"),
        ("PN2", "Child physically attends and an advocate speaks on their behalf"),
        ("PN3", "Child physically attends and conveys their view symbolically (non-verbally)"),
        ("PN4", "Child physically attends but does not speak for themselves, convey their view symbolically or ask an advocate to speak for them"),
        ("PN5", "Child does not attend physically but briefs an advocate to speak for them"),
        ("PN6", "Child does not attend but conveys their feelings to the review by a facilitative medium"),
        ("PN7", "Child does not attend nor are their views conveyed to the review"),
    ];

    public static bool IsCode(string? code) => code is not null && All.Any(p => p.Code == code);

    public static string Label(string code) => All.FirstOrDefault(p => p.Code == code).Label ?? code;

    /// <summary>Under 4 on the day: before the fourth birthday (903 rule 440 flags PN0 on the birthday itself).</summary>
    public static bool IsUnderFour(DateOnly dateOfBirth, DateOnly on) => on < dateOfBirth.AddYears(4);
}
