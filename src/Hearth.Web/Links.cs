namespace Hearth.Web;

/// <summary>
/// Every link and redirect the pages make, one method per route, named from the work (DESIGN.md, "The web").
/// </summary>
/// <remarks>
/// The route templates live in the pages' <c>@page</c> directives (and <see cref="Hosting.HearthConventions"/>);
/// each method here must match its page's <c>@page</c> route. tests/Hearth.Web.Tests/Workforce/LinksTests.cs
/// checks every member against the running app's routes, so a renamed route fails the build's tests.
/// Query values are escaped with <see cref="Uri.EscapeDataString(string)"/>.
/// </remarks>
public static partial class Links
{
    public const string Home = "/";
    public const string SignIn = "/sign-in";
    public const string SignOut = "/sign-out";
    public const string Error = "/error";
    public const string Forbidden = "/forbidden";
    public const string RefusedAccess = "/admin/refused-access";
    public const string Staff = "/admin/staff";
    public const string AddStaffMember = "/admin/staff/add";
    public const string AddTeam = "/admin/teams/add";

    public static string ChangeStaffMember(Guid userId) => $"{Staff}/{userId}";
    public const string OpenApi = "/api/v1/openapi.json";
    public const string Health = "/health";

    /// <summary>The search page; <paramref name="query"/> is left off when null, <paramref name="relatedTo"/> when null.</summary>
    public static string FindPerson(string? query = null, Guid? relatedTo = null)
    {
        var parameters = new List<string>(2);
        if (relatedTo is { } related)
        {
            parameters.Add($"RelatedTo={related}");
        }
        if (query is not null)
        {
            parameters.Add($"q={Uri.EscapeDataString(query)}");
        }
        return parameters.Count == 0 ? "/people/search" : $"/people/search?{string.Join('&', parameters)}";
    }

    /// <summary>The create page always carries the search words (an empty <c>q</c> at least): create comes after search.</summary>
    public static string CreatePerson(string? query, Guid? relatedTo) =>
        $"/people/create?{(relatedTo is { } related ? $"relatedTo={related}&" : "")}q={Uri.EscapeDataString(query ?? "")}";

    public static string Person(Guid id) => $"/people/{id}";

    /// <summary>The record just after it was created, with the confirmation banner.</summary>
    public static string PersonCreated(Guid id) => $"{Person(id)}?created=true";

    public static string ChangeDetails(Guid id) => $"{Person(id)}/details";

    public static string RecordMove(Guid id) => $"{Person(id)}/address";

    public static string AddName(Guid id) => $"{Person(id)}/names/add";

    public static string Relationships(Guid id) => $"{Person(id)}/relationships";

    /// <summary>Without <paramref name="relatedPersonId"/> the page sends the user to search for the person first.</summary>
    public static string AddRelationship(Guid id, Guid? relatedPersonId = null) =>
        relatedPersonId is { } related
            ? $"{Relationships(id)}/add?relatedPersonId={related}"
            : $"{Relationships(id)}/add";

    public static string EndRelationship(Guid id, Guid relationshipId) => $"{Relationships(id)}/{relationshipId}/end";

    public static string AddProfessional(Guid id) => $"{Person(id)}/professionals/add";

    public static string CaseNotes(Guid id) => $"{Person(id)}/notes";

    /// <summary>One note, as the anchor on the case notes page.</summary>
    public static string CaseNote(Guid id, Guid noteId) => $"{CaseNotes(id)}#note-{noteId}";

    public static string NewCaseNote(Guid id) => $"{CaseNotes(id)}/new";

    public static string EditCaseNote(Guid id, Guid noteId) => $"{CaseNotes(id)}/{noteId}/edit";

    public static string AmendCaseNote(Guid id, Guid noteId) => $"{CaseNotes(id)}/{noteId}/amend";

    public static string History(Guid id) => $"{Person(id)}/history";

    public static string AccessLog(Guid id) => $"{Person(id)}/access-log";

    public static string Restriction(Guid id) => $"{Person(id)}/restriction";

    public static string Allocate(Guid id) => $"{Person(id)}/allocate";

    public static string Export(Guid id) => $"{Person(id)}/export";

    /// <summary>The merge page for the record to keep; the duplicate is chosen on the page.</summary>
    public static string Merge(Guid keep) => $"/people/merge?keep={keep}";

    // Early help: the child's episodes and step changes, and the authority-wide lists.
    public const string StepDownsAwaitingPaperwork = "/early-help/step-downs";
    public const string StepMonitoring = "/early-help/monitoring";

    /// <summary>The monitoring page for the reporting year starting 1 April <paramref name="startYear"/>.</summary>
    public static string StepMonitoringForYear(int startYear) => $"{StepMonitoring}?year={startYear}";

    public static string EarlyHelp(Guid id) => $"{Person(id)}/early-help";

    public static string RequestEarlyHelp(Guid id) => $"{EarlyHelp(id)}/request";

    public static string EarlyHelpAssessment(Guid id, Guid episodeId) => $"{EarlyHelp(id)}/{episodeId}/assessment";

    public static string AddEarlyHelpMeeting(Guid id, Guid episodeId) => $"{EarlyHelp(id)}/{episodeId}/meetings/add";

    public static string CloseEarlyHelp(Guid id, Guid episodeId) => $"{EarlyHelp(id)}/{episodeId}/close";

    public static string StepDown(Guid id) => $"{EarlyHelp(id)}/step-down";

    public static string StepUp(Guid id) => $"{EarlyHelp(id)}/step-up";

    public static string DecideStepChange(Guid id, Guid stepChangeId) => $"{EarlyHelp(id)}/step-changes/{stepChangeId}/decision";

    public static string ChaseStepDown(Guid id, Guid stepChangeId) => $"{EarlyHelp(id)}/step-changes/{stepChangeId}/chase";

    public static string StepDownConsentReturned(Guid id, Guid stepChangeId) => $"{EarlyHelp(id)}/step-changes/{stepChangeId}/consent-returned";

    public static string EscalateStepDown(Guid id, Guid stepChangeId) => $"{EarlyHelp(id)}/step-changes/{stepChangeId}/escalate";

    /// <summary>One step change, as the anchor on the child's early help page.</summary>
    public static string StepChange(Guid id, Guid stepChangeId) => $"{EarlyHelp(id)}#step-{stepChangeId}";

    /// <summary>One episode, as the anchor on the child's early help page.</summary>
    public static string EarlyHelpEpisode(Guid id, Guid episodeId) => $"{EarlyHelp(id)}#episode-{episodeId}";
}
