namespace Hearth.Web;

/// <summary>The looked-after child routes (see the pages under Pages/LookedAfter).</summary>
public static partial class Links
{
    /// <summary>The child's Looked after tab: periods of care, legal statuses, placements and the derived 903 episodes.</summary>
    public static string LookedAfter(Guid id) => $"{Person(id)}/looked-after";

    /// <summary>Record that the child became looked after: the period of care with its first legal status and placement.</summary>
    public static string StartCarePeriod(Guid id) => $"{LookedAfter(id)}/start";

    /// <summary>One period of care; its forms hang below it.</summary>
    private static string CarePeriod(Guid id, Guid periodId) => $"{LookedAfter(id)}/periods/{periodId}";

    public static string ChangeLegalStatus(Guid id, Guid periodId) => $"{CarePeriod(id, periodId)}/legal-status";

    public static string MovePlacement(Guid id, Guid periodId) => $"{CarePeriod(id, periodId)}/move";

    /// <summary>The placement plan, notifications, delegated authority and contact of the current placement.</summary>
    public static string PlacementPlan(Guid id, Guid periodId) => $"{CarePeriod(id, periodId)}/placement-plan";

    public static string CarePlan(Guid id, Guid periodId) => $"{CarePeriod(id, periodId)}/care-plan";

    public static string AppointIro(Guid id, Guid periodId) => $"{CarePeriod(id, periodId)}/iro";

    public static string PermanencePlan(Guid id, Guid periodId) => $"{CarePeriod(id, periodId)}/permanence";

    public static string EndCarePeriod(Guid id, Guid periodId) => $"{CarePeriod(id, periodId)}/end";

    /// <summary>The child's SSDA903 details: UASC, motherhood and permanence before care.</summary>
    public static string LookedAfterDetails(Guid id) => $"{LookedAfter(id)}/details";

    /// <summary>The child's deprivation of liberty orders; with an order, the form to change or end it.</summary>
    public static string DeprivationOfLiberty(Guid id, Guid? order = null) =>
        order is null ? $"{LookedAfter(id)}/deprivation-of-liberty" : $"{LookedAfter(id)}/deprivation-of-liberty?order={order}";

    /// <summary>A period's adoption decisions (the 903's AD1 and PlacedAdoption).</summary>
    public static string AdoptionDecisions(Guid id, Guid periodId) => $"{LookedAfter(id)}/periods/{periodId}/adoption";

    /// <summary>Reviews, statutory visits and IRO challenges.</summary>
    public static string LookedAfterReviews(Guid id) => $"{LookedAfter(id)}/reviews";

    /// <summary>Health, personal education plans, independent visitor and advocacy.</summary>
    public static string LookedAfterHealth(Guid id) => $"{LookedAfter(id)}/health";

    /// <summary>Missing and away episodes with their return home interviews.</summary>
    public static string MissingEpisodes(Guid id) => $"{Person(id)}/missing";
}
