namespace Hearth.Web;

/// <summary>The front door's routes (see the pages under Pages/FrontDoor and Pages/Refer).</summary>
public static partial class Links
{
    public const string FrontDoorQueue = "/front-door";
    public const string Handover = "/front-door/handover";
    public const string AwaitingFeedback = "/front-door/awaiting-feedback";
    public const string PublicReferralForm = "/refer";

    public static string FrontDoorQueuePage(int page) => page <= 1 ? FrontDoorQueue : $"{FrontDoorQueue}?page={page}";

    /// <summary>Record a contact; with <paramref name="child"/> the child (and their household) is already chosen.</summary>
    public static string RecordContact(Guid? child = null, string? query = null)
    {
        if (child is { } c)
        {
            return $"/front-door/contacts/new?child={c}";
        }
        return query is null ? "/front-door/contacts/new" : $"/front-door/contacts/new?q={Uri.EscapeDataString(query)}";
    }

    public static string Contact(Guid contactId) => $"/front-door/contacts/{contactId}";

    public static string LinkChildren(Guid contactId, string? query = null) =>
        query is null ? $"{Contact(contactId)}/children" : $"{Contact(contactId)}/children?q={Uri.EscapeDataString(query)}";

    public static string RateContact(Guid contactId) => $"{Contact(contactId)}/rate";

    public static string RequestInformation(Guid contactId) => $"{Contact(contactId)}/information-requests/new";

    public static string RecordInformationResponse(Guid contactId, Guid requestId) => $"{Contact(contactId)}/information-requests/{requestId}/response";

    public static string DecideContact(Guid contactId) => $"{Contact(contactId)}/decision";

    public static string ReferrerLetter(Guid contactId, Guid letterId) => $"{Contact(contactId)}/letters/{letterId}";

    public static string MarkLetterSent(Guid contactId, Guid letterId) => $"{Contact(contactId)}/letters/{letterId}/sent";

    public static string HandoverOn(DateOnly date) => $"{Handover}?date={date:yyyy-MM-dd}";
}
