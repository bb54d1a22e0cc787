namespace Hearth.Web;

public static partial class Links
{
    public static string ChildProtection(Guid id) => $"{Person(id)}/child-protection";

    public static string RecordStrategyDiscussion(Guid id) => $"{ChildProtection(id)}/strategy-discussions/add";

    public static string StartSection47(Guid id, Guid strategyDiscussionId) => $"{ChildProtection(id)}/strategy-discussions/{strategyDiscussionId}/section-47";

    public static string Section47Outcome(Guid id, Guid enquiryId) => $"{ChildProtection(id)}/section-47/{enquiryId}/outcome";

    public static string RecordTransferInConference(Guid id) => $"{ChildProtection(id)}/transfer-in-conference";

    public static string RecordInitialConference(Guid id, Guid enquiryId) => $"{ChildProtection(id)}/section-47/{enquiryId}/initial-conference";

    public static string RecordCoreGroup(Guid id, Guid planId) => $"{ChildProtection(id)}/plans/{planId}/core-groups/add";

    public static string RecordReviewConference(Guid id, Guid planId) => $"{ChildProtection(id)}/plans/{planId}/reviews/add";

    public static string RecordChildProtectionVisit(Guid id, Guid planId) => $"{ChildProtection(id)}/plans/{planId}/visits/add";

    public static string EndChildProtectionPlan(Guid id, Guid planId) => $"{ChildProtection(id)}/plans/{planId}/end";

    /// <summary>The plan, as the anchor on the child protection page.</summary>
    public static string ChildProtectionPlan(Guid id, Guid planId) => $"{ChildProtection(id)}#plan-{planId}";
}
