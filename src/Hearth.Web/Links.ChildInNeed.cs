namespace Hearth.Web;

/// <summary>The child in need routes (see the pages under Pages/ChildInNeed).</summary>
public static partial class Links
{
    public static string ChildInNeed(Guid id) => $"{Person(id)}/child-in-need";

    public static string DraftCinPlan(Guid id, Guid episodeId) => $"{ChildInNeed(id)}/{episodeId}/plans/new";

    public static string RecordVisit(Guid id, Guid episodeId) => $"{ChildInNeed(id)}/{episodeId}/visits/new";

    public static string CloseCinEpisode(Guid id, Guid episodeId) => $"{ChildInNeed(id)}/{episodeId}/close";

    public static string ReopenCinEpisode(Guid id, Guid episodeId) => $"{ChildInNeed(id)}/{episodeId}/reopen";

    public static string TransferCinEpisode(Guid id, Guid episodeId) => $"{ChildInNeed(id)}/{episodeId}/transfer";

    public static string CinVisitingFrequency(Guid id, Guid episodeId) => $"{ChildInNeed(id)}/{episodeId}/visiting-frequency";

    public static string CinPlan(Guid id, Guid planId) => $"{ChildInNeed(id)}/plans/{planId}";

    public static string AddCinOutcome(Guid id, Guid planId) => $"{CinPlan(id, planId)}/outcomes/new";

    public static string AddCinAction(Guid id, Guid planId, Guid outcomeId) => $"{CinPlan(id, planId)}/outcomes/{outcomeId}/actions/new";

    public static string ChangeCinAction(Guid id, Guid planId, Guid actionId) => $"{CinPlan(id, planId)}/actions/{actionId}";

    public static string RateCinProgress(Guid id, Guid planId, Guid outcomeId) => $"{CinPlan(id, planId)}/outcomes/{outcomeId}/progress";

    public static string FinaliseCinPlan(Guid id, Guid planId) => $"{CinPlan(id, planId)}/finalise";

    public static string ReviewCinPlan(Guid id, Guid planId) => $"{CinPlan(id, planId)}/reviews/new";

    public static string EndCinPlan(Guid id, Guid planId) => $"{CinPlan(id, planId)}/end";

    public static string RecordPreProceedings(Guid id, Guid episodeId) => $"{ChildInNeed(id)}/{episodeId}/pre-proceedings/new";

    public static string ChangePreProceedings(Guid id, Guid episodeId, Guid preProceedingsId) => $"{ChildInNeed(id)}/{episodeId}/pre-proceedings/{preProceedingsId}";
}
