namespace Hearth.Web;

/// <summary>
/// Reviews, visits and IRO challenges; health, PEPs, independent visitors and advocacy; IRO caseloads (see the pages
/// under Pages/LookedAfter/Reviews, Pages/LookedAfter/Health and Pages/LookedAfter/IroCaseloads).
/// </summary>
public static partial class Links
{
    public static string RecordLookedAfterReview(Guid id) => $"{LookedAfterReviews(id)}/new";

    public static string RecordLookedAfterVisit(Guid id) => $"{LookedAfterReviews(id)}/visits/new";

    public static string RaiseIroChallenge(Guid id) => $"{LookedAfterReviews(id)}/challenges/new";

    public static string ResolveIroChallenge(Guid id, Guid challengeId) => $"{LookedAfterReviews(id)}/challenges/resolve?challengeId={challengeId}";

    public static string RecordHealthEntry(Guid id) => $"{LookedAfterHealth(id)}/new";

    public static string RecordPersonalEducationPlan(Guid id) => $"{LookedAfterHealth(id)}/education/new";

    public static string RecordSupportArrangement(Guid id) => $"{LookedAfterHealth(id)}/support/new";

    public static string ChangeSupportArrangement(Guid id, Guid arrangementId) => $"{LookedAfterHealth(id)}/support/new?arrangementId={arrangementId}";

    /// <summary>Each IRO and the open periods of care they hold.</summary>
    public const string IroCaseloads = "/looked-after/iro-caseloads";
}
