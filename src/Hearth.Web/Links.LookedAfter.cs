namespace Hearth.Web;

/// <summary>The looked-after child routes (see the pages under Pages/LookedAfter).</summary>
public static partial class Links
{
    /// <summary>The child's Looked after tab: periods of care, legal statuses, placements and the derived 903 episodes.</summary>
    public static string LookedAfter(Guid id) => $"{Person(id)}/looked-after";

    /// <summary>Reviews, statutory visits and IRO challenges.</summary>
    public static string LookedAfterReviews(Guid id) => $"{LookedAfter(id)}/reviews";

    /// <summary>Health, personal education plans, independent visitor and advocacy.</summary>
    public static string LookedAfterHealth(Guid id) => $"{LookedAfter(id)}/health";

    /// <summary>Missing and away episodes with their return home interviews.</summary>
    public static string MissingEpisodes(Guid id) => $"{Person(id)}/missing";
}
